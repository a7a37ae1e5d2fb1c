"""`budget-api serve | migrate | ingest [PATH [--symbol S]] | publish PATH`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from app.db import is_sqlite, make_engine
from app.migrate import migrate
from app.settings import get_settings


def _ingest(args: argparse.Namespace) -> int:
    from seed.load import IngestError, ingest_bundled, ingest_file

    url = get_settings().database_url
    migrate(url)
    engine = make_engine(url)
    try:
        if args.path is None:
            results = ingest_bundled(engine)
        else:
            results = [ingest_file(engine, Path(args.path), symbol=args.symbol, without_errata=args.without_errata)]
    except (IngestError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        print("The store was left as it was.", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    for result in results:
        rows = sum(result.row_counts.values())
        verb = "replaced" if result.replaced else "loaded"
        print(f"{result.symbol}: {verb} as {result.report_id} ({rows} rows)")
        for warning in result.warnings:
            print(f"  warning: {warning}", file=sys.stderr)
        for check in result.failed_checks:
            print(f"  check failed: {check.name}: expected {check.expected}, got {check.actual}", file=sys.stderr)
    return 0


def _publish(args: argparse.Namespace) -> int:
    from app.publish import PublishError, publish

    url = get_settings().database_url
    target = make_url(url).database
    if not is_sqlite(url) or not target or target == ":memory:":
        print("error: publish replaces a SQLite file; DATABASE_URL names none", file=sys.stderr)
        return 1
    try:
        reports = publish(Path(args.path), Path(target))
    except PublishError as error:
        print(f"error: {error}", file=sys.stderr)
        print("The served store was left as it was.", file=sys.stderr)
        return 1
    print(f"published {args.path} ({reports} reports); servers reopen it within BPR_VERSION_CHECK_INTERVAL seconds")
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.limits import LimitedHttpToolsProtocol

    settings = get_settings()
    # The app writes one structured line per request itself (app/log.py), so uvicorn's access log is off.
    # X-Forwarded-Proto/-For are believed only from FORWARDED_ALLOW_IPS; the protocol bounds headers (app/limits.py).
    uvicorn.run(
        "app.main:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        http=LimitedHttpToolsProtocol,
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
        timeout_keep_alive=settings.keep_alive_timeout,
        access_log=False,
        server_header=False,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="budget-api", description="UN peacekeeping budget performance API")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the API with uvicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    sub.add_parser("migrate", help="apply the Alembic migrations (upgrade head)")
    publish = sub.add_parser(
        "publish", help="replace the served SQLite file by a store written elsewhere (checked, then renamed into place)"
    )
    publish.add_argument("path", help="a SQLite store built with `DATABASE_URL=sqlite:///PATH budget-api ingest`")
    ingest = sub.add_parser("ingest", help="load the bundled reports, or one report file; migrates first")
    ingest.add_argument("path", nargs="?", help="a report's Word file (.docx) or a report text of the same format")
    ingest.add_argument(
        "--symbol",
        help="the document symbol of PATH (e.g. A/75/623): needed where the document prints none, "
        "and must agree with it where it does",
    )
    ingest.add_argument(
        "--without-errata",
        action="store_true",
        help="load a text of a report whose recorded errata do not apply to it; the report then carries a warning",
    )
    args = parser.parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    if args.command == "migrate":
        migrate(get_settings().database_url)
        return 0
    if args.command == "publish":
        return _publish(args)
    return _ingest(args)


if __name__ == "__main__":
    sys.exit(main())
