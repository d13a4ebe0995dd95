"""`aria db upgrade [--url URL]`: create the database or migrate it to the newest schema."""

from __future__ import annotations

import argparse
import logging
import sys

from coach.store.connect import default_url, describe
from coach.store.errors import StoreUnavailable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="aria db", description="Database commands.")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("upgrade", help="create the database or migrate it to the newest schema")
    up.add_argument("--url", help="SQLAlchemy URL (default: ARIA_DATABASE_URL, else SQLite in ARIA_DATA_DIR)")
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help or a usage error: a return code for the `aria` router
        return int(exc.code or 0)

    url = args.url or default_url()
    try:
        where = describe(url)
    except Exception:
        print("aria db: the database URL could not be parsed", file=sys.stderr)
        return 2
    # The error is printed below; the store's own warning would say it twice.
    logging.getLogger("coach.store").setLevel(logging.ERROR)
    from coach.store.store import Store  # imported late: `aria db --help` needs no database libraries

    try:
        store = Store(url, upgrade=True)
        revision = store.revision()
        store.close()
    except StoreUnavailable as exc:
        print(f"aria db: {where}: {exc}", file=sys.stderr)
        return 1
    print(f"database ready at {where} (schema revision {revision})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
