"""Reading settings from the environment, strictly: a value that cannot be understood stops the start.

A typo such as DJANGO_SECURE_COOKIES=ture must not quietly mean "off". Empty counts as unset.
Secrets may come from a file named by NAME_FILE (as Docker and systemd credentials provide them).
manage.py and wsgi.py print a SettingsError as one line instead of a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import overload

from django.core.exceptions import ImproperlyConfigured

TRUE = ("1", "true", "yes", "on")
FALSE = ("0", "false", "no", "off")


class SettingsError(ImproperlyConfigured):
    """The environment does not describe a usable configuration."""


def _value(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


@overload
def env_str(name: str, default: str = "", *, from_file: bool = False) -> str: ...
@overload
def env_str(name: str, default: Path, *, from_file: bool = False) -> str | Path: ...


def env_str(name: str, default: str | Path = "", *, from_file: bool = False) -> str | Path:
    """The variable's text; with ``from_file``, NAME_FILE may name a file holding it instead."""
    value = os.environ.get(name) or None
    path = _value(f"{name}_FILE") if from_file else None
    if path is None:
        return default if value is None else value
    if value is not None:
        raise SettingsError(f"Set {name} or {name}_FILE, not both.")
    try:
        text = Path(path).read_text()
    except OSError as error:
        raise SettingsError(f"{name}_FILE: cannot read {path} ({error.strerror}).") from None
    # Files written by editors and `echo` end with a newline that is no part of the secret.
    return text.removesuffix("\n").removesuffix("\r")


def env_bool(name: str, default: bool = False) -> bool:
    value = _value(name)
    if value is None:
        return default
    if value.lower() in TRUE:
        return True
    if value.lower() in FALSE:
        return False
    raise SettingsError(f"{name}={value!r} is not a boolean: use one of {', '.join(TRUE + FALSE)}.")


def env_int(name: str, default: int) -> int:
    value = _value(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise SettingsError(f"{name}={value!r} is not a whole number.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    """Comma-separated items; set but empty means an empty list."""
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]
