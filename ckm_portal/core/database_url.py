"""Turn a DATABASE_URL into a Django DATABASES entry (PostgreSQL only).

Not dj-database-url: it accepts every scheme, leaves ``?host=/socket/dir`` (the private cluster's
form) in OPTIONS, returns the port as a number and answers a bad port with a message that names
neither the variable nor the fault, so a wrapper around it would be as long as this parser.
"""

from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

SCHEMES = {"postgres", "postgresql", "pgsql"}


def parse(url: str, setting: str = "DATABASE_URL") -> dict[str, Any]:
    """Parse ``postgresql://user:password@host:port/name?host=/socket/dir``.

    Raises ValueError with a readable message for anything else: the portal
    relies on PostgreSQL features, so there is no other backend to fall back to.
    ``setting`` names the variable in those messages.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in SCHEMES:
        raise ValueError(f"{setting} must start with postgresql://, not {parts.scheme or url[:20]!r}")
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ValueError(f"{setting} names no database (postgresql://user@host/NAME)")
    try:
        port: int | str | None = parts.port
    except ValueError as error:
        raise ValueError(f"{setting} has a bad port: {error}") from None
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    host = query.pop("host", None) or unquote(parts.hostname or "")
    port = query.pop("port", None) or port
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": host,
        "PORT": str(port or ""),
        "OPTIONS": query,
    }
