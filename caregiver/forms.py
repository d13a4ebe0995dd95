"""Form input of the caregiver pages, validated by pydantic; errors become plain sentences for the page."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from pydantic import BaseModel, ValidationError, field_validator

T = TypeVar("T", bound=BaseModel)

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 12
MAX_PASSWORD = 256  # argon2 copes with more; nobody types more, and it caps the work per attempt


class LoginForm(BaseModel):
    email: str
    password: str

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return value.strip()[:254]

    @field_validator("password")
    @classmethod
    def _password(cls, value: str) -> str:
        return value[:MAX_PASSWORD]


class SignupForm(BaseModel):
    name: str
    email: str
    password: str
    password_again: str

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        value = " ".join(value.split())
        if not 1 <= len(value) <= 100:
            raise ValueError("Enter your name (up to 100 characters): patients hear it when they ask who looked.")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        value = value.strip()
        if len(value) > 254 or not _EMAIL.match(value):
            raise ValueError("Enter a valid email address.")
        return value

    @field_validator("password")
    @classmethod
    def _password(cls, value: str) -> str:
        if not MIN_PASSWORD <= len(value) <= MAX_PASSWORD:
            raise ValueError(f"Choose a password of at least {MIN_PASSWORD} characters.")
        return value

    def mismatch(self) -> str | None:
        return None if self.password == self.password_again else "The two passwords are not the same."


class LinkForm(BaseModel):
    code: str
    display_name: str = ""

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        digits = re.sub(r"[\s-]", "", value)
        if not re.fullmatch(r"[0-9]{6}", digits):
            raise ValueError("A link code is six digits, like 472 019.")
        return digits

    @field_validator("display_name")
    @classmethod
    def _display_name(cls, value: str) -> str:
        return " ".join(value.split())[:64]


def parse(model: type[T], data: Mapping[str, str]) -> tuple[T | None, list[str]]:
    """The validated form, or None and one sentence per problem."""
    fields = {name: str(data.get(name, "")) for name in model.model_fields}
    try:
        return model.model_validate(fields), []
    except ValidationError as exc:
        return None, [str(err["ctx"]["error"]) if "ctx" in err and "error" in err["ctx"] else
                      f"{str(err['loc'][0]).replace('_', ' ').capitalize()}: {err['msg']}" for err in exc.errors()]
