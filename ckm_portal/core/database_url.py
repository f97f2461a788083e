"""Turn a DATABASE_URL into a Django DATABASES entry (PostgreSQL only)."""

from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

SCHEMES = {"postgres", "postgresql", "pgsql"}


def parse(url: str) -> dict[str, Any]:
    """Parse ``postgresql://user:password@host:port/name?host=/socket/dir``.

    Raises ValueError with a readable message for anything else: the portal
    relies on PostgreSQL features, so there is no other backend to fall back to.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in SCHEMES:
        raise ValueError(f"DATABASE_URL must start with postgresql://, not {parts.scheme or url[:20]!r}")
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ValueError("DATABASE_URL names no database (postgresql://user@host/NAME)")
    try:
        port: int | str | None = parts.port
    except ValueError as error:
        raise ValueError(f"DATABASE_URL has a bad port: {error}") from None
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
