"""Where the time of the hottest request goes: rendered on every request (the cache off, as before the cache)
and answered from the cache, each profiled in process over the same number of requests."""

from __future__ import annotations

import cProfile
import io
import pstats
import warnings

from app.main import create_app
from app.settings import Settings

REQUESTS = 200


def _profile(url: str, path: str, *, cache: bool) -> tuple[float, str]:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from fastapi.testclient import TestClient
    settings = {"DATABASE_URL": url, "log_level": "warning", "cache_max_bytes": 64 * 1024 * 1024 if cache else 0}
    with TestClient(create_app(Settings.model_validate(settings))) as client:
        client.get(path)  # warm: the first answer is rendered either way
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(REQUESTS):
            client.get(path)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
    stats.print_stats(14)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    seconds = float(lines[0].split(" in ")[-1].split()[0]) if " in " in lines[0] else 0.0
    return seconds, "\n".join(lines[:24])


def profile_report(url: str, path: str) -> str:
    before_s, before = _profile(url, path, cache=False)
    after_s, after = _profile(url, path, cache=True)
    return "\n".join(
        [
            f"`GET {path}`, {REQUESTS} requests in process (the test client's own overhead included):",
            f"rendered each time {before_s * 1000 / REQUESTS:.2f} ms per request, from the cache "
            f"{after_s * 1000 / REQUESTS:.2f} ms.",
            "",
            "Rendered on every request (before):",
            "",
            "```",
            before,
            "```",
            "",
            "Answered from the cache (after):",
            "",
            "```",
            after,
            "```",
        ]
    )
