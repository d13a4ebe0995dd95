"""`aria caregiver`: the operator's account commands (for deployments that turn self sign-up off).

  aria caregiver add-account --email jane@example.org --name "Jane Doe"   (asks for the password twice)
  printf '%s\\n' "$PASSWORD" | aria caregiver add-account --email ... --name ...   (password from stdin)
  aria caregiver audit USER_ID   (every caregiver view and export of that person's logs, newest first)
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from datetime import UTC, datetime

from pydantic import ValidationError

from caregiver.forms import SignupForm
from coach.store.connect import default_url, describe
from coach.store.errors import StoreUnavailable


def _password(stdin_is_tty: bool) -> str | None:
    if not stdin_is_tty:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password (at least 12 characters): ")
    if getpass.getpass("Password again: ") != first:
        print("aria caregiver: the two passwords are not the same", file=sys.stderr)
        return None
    return first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="aria caregiver", description="Caregiver accounts and the audit log.")
    parser.add_argument("--url", help="SQLAlchemy URL (default: ARIA_DATABASE_URL, else SQLite in ARIA_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add-account", help="create a caregiver account (password asked, or read from stdin)")
    add.add_argument("--email", required=True)
    add.add_argument("--name", required=True, help="the name patients hear when they ask who looked")
    audit = sub.add_parser("audit", help="print every caregiver view and export of one person's logs")
    audit.add_argument("user_id")
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:
        return int(exc.code or 0)

    url = args.url or default_url()
    logging.getLogger("coach.store").setLevel(logging.ERROR)
    from coach.store import Store
    from coach.store.consent import ConsentStore, EmailTaken

    if args.command == "add-account":
        password = _password(sys.stdin.isatty())
        if password is None:
            return 2
        try:
            form = SignupForm(name=args.name, email=args.email, password=password, password_again=password)
        except ValidationError as exc:
            for err in exc.errors():
                print(f"aria caregiver: {err['loc'][0]}: {err['msg'].removeprefix('Value error, ')}", file=sys.stderr)
            return 2
    try:
        store = Store(url)
        consents = ConsentStore(store)
        if args.command == "add-account":
            made = consents.create_caregiver(form.email, form.name, form.password, datetime.now(UTC))
            print(f"caregiver account {made.email} ({made.name}) created")
        else:
            for row in consents.audit(args.user_id):
                print(f"{row.at.isoformat(timespec='seconds')}\t{row.caregiver}\t{row.action}\t{row.detail}")
        store.close()
    except EmailTaken:
        print(f"aria caregiver: there is already an account for {args.email.strip().lower()}", file=sys.stderr)
        return 1
    except StoreUnavailable as exc:
        print(f"aria caregiver: {describe(url)}: {exc}", file=sys.stderr)
        return 1
    return 0
