"""Limits on what a client may send, against `budget-api serve` over raw sockets: an over-long URL answers 414 and
too many headers 431 (both problem+json, the connection kept), an over-long header 431, an unfinished header is
timed out with 408, a malformed request line answers 400 problem+json, and none of it logs a traceback."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.settings import Settings
from tests.live import server_process

HEADER_TIMEOUT = 1.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[tuple[str, int], Path]]:
    tmp = tmp_path_factory.mktemp("limits")
    log = tmp / "server.log"
    # No store is needed: every request here is answered before one would be, or by /healthz.
    env = {"DATABASE_URL": f"sqlite:///{tmp / 'absent.sqlite3'}", "BPR_HEADER_TIMEOUT": str(HEADER_TIMEOUT)}
    with server_process(env, log=log) as base:
        host, port = base.removeprefix("http://").split(":")
        yield (host, int(port)), log


def _read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before a full answer: {data!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    while len(body) < int(headers.get("content-length", 0)):
        body += sock.recv(65536)
    return int(status_line.split()[1]), headers, body


def _closed(sock: socket.socket) -> bool:
    sock.settimeout(5)
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True


def _problem(status: int, headers: dict[str, str], body: bytes, expected: int) -> dict[str, Any]:
    assert status == expected, body
    assert headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = json.loads(body)
    assert problem["status"] == expected
    return problem


def _get(path: str, extra: str = "") -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: api\r\n{extra}\r\n".encode()


def test_an_over_long_url_answers_414_and_keeps_the_connection(server):
    address, _ = server
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(_get("/v1/reports?q=" + "a" * 9000))
        problem = _problem(*_read_response(sock), 414)
        assert "at most 8192" in problem["detail"]
        sock.sendall(_get("/healthz"))
        status, _, body = _read_response(sock)
        assert (status, json.loads(body)) == (200, {"status": "ok"})


def test_too_many_headers_answer_431_and_keep_the_connection(server):
    address, _ = server
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(_get("/healthz", "".join(f"X-Pad-{i}: {i}\r\n" for i in range(150))))
        problem = _problem(*_read_response(sock), 431)
        assert "151 headers; at most 100" in problem["detail"]
        sock.sendall(_get("/healthz"))
        assert _read_response(sock)[0] == 200


def test_an_over_long_header_answers_431_and_closes(server):
    address, _ = server
    with socket.create_connection(address, timeout=10) as sock:
        # Sent in pieces without an end, as a client streaming an endless header would.
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: api\r\nX-Big: ")
        for _ in range(10):
            try:
                sock.sendall(b"x" * 8192)
            except (BrokenPipeError, ConnectionResetError):
                break
        problem = _problem(*_read_response(sock), 431)
        assert "exceed 32768 bytes" in problem["detail"]
        assert _closed(sock)


def test_an_unfinished_header_is_timed_out(server):
    address, _ = server
    with socket.create_connection(address, timeout=10) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: api\r\nX-Slow: ")
        problem = _problem(*_read_response(sock), 408)
        waited = time.monotonic() - started
        assert HEADER_TIMEOUT * 0.8 <= waited < HEADER_TIMEOUT + 3
        assert "within 1 s" in problem["detail"]
        assert _closed(sock)


def test_a_silent_connection_is_timed_out(server):
    address, _ = server
    with socket.create_connection(address, timeout=10) as sock:
        assert _read_response(sock)[0] == 408


def test_the_header_clock_restarts_for_each_request_on_a_kept_connection(server):
    address, _ = server
    with socket.create_connection(address, timeout=10) as sock:
        for _ in range(2):
            sock.sendall(_get("/healthz"))
            assert _read_response(sock)[0] == 200
            time.sleep(HEADER_TIMEOUT * 0.7)  # idle between requests is the keep-alive timeout's business
        sock.sendall(_get("/healthz"))
        assert _read_response(sock)[0] == 200


def test_a_malformed_request_line_answers_400_problem_json(server):
    address, _ = server
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(b"GET /healthz HTTP/9.Z\r\n\r\n")
        _problem(*_read_response(sock), 400)


def test_no_refusal_logs_a_traceback(server):
    _, log = server
    address, _ = server
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(_get("/healthz", "".join(f"X-Pad-{i}: {i}\r\n" for i in range(150))))
        assert _read_response(sock)[0] == 431
    time.sleep(0.2)
    assert "Traceback" not in log.read_text(errors="replace")


def test_the_url_limit_fits_within_the_header_limit():
    with pytest.raises(ValueError, match="must not exceed BPR_MAX_HEADER_BYTES"):
        Settings.model_validate({"max_url_length": 40_000, "max_header_bytes": 32_768})
