"""CSRF protection for every POST of the caregiver pages: a per-session token in a hidden form field.

The token lives in the signed session cookie and is compared in constant time with the form's copy. A
cross-site form cannot read it, so it cannot forge a login, a link, a logout or an export. SameSite=Lax
cookies are a second line, not the only one.
"""

from __future__ import annotations

import hmac
import secrets

from flask import abort, request, session

FIELD = "csrf_token"
_SESSION_KEY = "csrf"


def token() -> str:
    """This session's token (made on first use); templates put it in every form."""
    value = session.get(_SESSION_KEY)
    if not isinstance(value, str) or len(value) < 32:
        value = secrets.token_urlsafe(32)
        session[_SESSION_KEY] = value
    return value


def protect() -> None:
    """Abort with 400 unless a POST carries this session's token. Call before any POST view runs."""
    if request.method != "POST":
        return
    expected = session.get(_SESSION_KEY)
    sent = request.form.get(FIELD, "")
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(expected.encode(), sent.encode()):
        abort(400, description="This form has expired or did not come from this site. Reload the page and try again.")


def rotate() -> None:
    """A new token after login and logout, so a token seen before signing in is useless after it."""
    session[_SESSION_KEY] = secrets.token_urlsafe(32)
