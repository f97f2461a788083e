"""Read replicas: public reads go to a replica, everything editors do to the primary.

Only in use when DATABASE_REPLICA_URLS names replicas (settings.DATABASE_REPLICAS holds their
aliases). ReplicaMiddleware decides per request where reads go and keeps the decision in a
context variable; ReplicaRouter reads it. Outside a request (management commands, the shell,
tests) there is no decision, so every query goes to the primary unless ``replica_reads()`` asks.

Reads go to the primary for anything that is not an anonymous GET or HEAD: requests carrying a
session cookie (editors), the admin, views marked with ``reads_from_primary`` (the preview), and
for a few seconds after the same client wrote (the "pin" cookie: read-your-writes). Writes always
go to the primary.

A replica that cannot be reached is marked down for DOWN_SECONDS in this process and skipped.
A GET or HEAD whose replica connection failed mid-request is served again from the primary.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

# The cookie that sends a client's reads to the primary for a while after it wrote.
PIN_COOKIE = "ckm_primary"
# How long a replica that failed is left alone by this process before it is tried again.
DOWN_SECONDS = 30.0
READ_METHODS = frozenset({"GET", "HEAD"})
DATABASE_ERRORS = (OperationalError, InterfaceError)

# Alias -> time.monotonic() until which the replica counts as down; per process, like connections.
_down_until: dict[str, float] = {}


@dataclass
class Reads:
    """Where this request's reads go, and what happened to the database in it."""

    replica: str | None = None  # None: the primary
    checked: bool = False  # the replica's connection was checked in this request
    failed: bool = False  # a query on the replica failed
    wrote: bool = False  # something asked for the write database


_reads: ContextVar[Reads | None] = ContextVar("ckm_reads", default=None)


def is_down(alias: str) -> bool:
    return _down_until.get(alias, 0.0) > time.monotonic()


def mark_down(alias: str, error: Exception) -> None:
    logger.warning("Replica %s is unavailable, reading from the primary for %.0f s: %s", alias, DOWN_SECONDS, error)
    _down_until[alias] = time.monotonic() + DOWN_SECONDS


def forget_down() -> None:
    """Count every replica as up again (tests)."""
    _down_until.clear()


def _reachable(alias: str) -> bool:
    """Connect (or check the kept connection once per request, as CONN_HEALTH_CHECKS does); a failure marks it down."""
    connection = connections[alias]
    try:
        connection.close_if_health_check_failed()
        connection.ensure_connection()
    except DATABASE_ERRORS as error:
        mark_down(alias, error)
        return False
    return True


def is_cache_table(model: type[Any]) -> bool:
    """Django's database cache (kept searches): on the primary, and a visitor's search that fills it wrote nothing."""
    return getattr(getattr(model, "_meta", None), "app_label", None) == "django_cache"


class ReplicaRouter:
    """Sends reads where the current Reads says, and everything else to the primary."""

    def db_for_read(self, model: type[Any], **hints: Any) -> str:
        reads = _reads.get()
        if reads is None or reads.replica is None or is_cache_table(model):
            return DEFAULT_DB_ALIAS
        # Inside a transaction on the primary, read what that transaction sees.
        if connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        if not reads.checked:
            reads.checked = True
            if is_down(reads.replica) or not _reachable(reads.replica):
                reads.replica = None
                return DEFAULT_DB_ALIAS
        return reads.replica

    def db_for_write(self, model: type[Any], **hints: Any) -> str:
        reads = _reads.get()
        if reads is not None and not is_cache_table(model):
            # The rest of the request reads what it wrote.
            reads.wrote, reads.replica = True, None
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        # Every alias holds the same data.
        return True

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool | None:
        # Replicas follow the primary; migrate, makemigrations' checks and test set-up leave them alone.
        return None if db == DEFAULT_DB_ALIAS else False


@contextlib.contextmanager
def replica_reads(alias: str | None = None) -> Iterator[None]:
    """Read from a replica (the first one unless ``alias`` is given) inside this block, outside a request.

    Without replicas the block reads from the primary.
    """
    token = _reads.set(Reads(replica=alias or next(iter(settings.DATABASE_REPLICAS), None)))
    try:
        yield
    finally:
        _reads.reset(token)


def current_read_alias() -> str:
    """The alias the next read would use (tests and logging)."""
    return ReplicaRouter().db_for_read(object)


V = TypeVar("V", bound=Callable[..., Any])


def reads_from_primary(view: V) -> V:
    """Mark a view whose reads must see the latest writes even for an anonymous GET (the preview)."""
    view.reads_from_primary = True  # type: ignore[attr-defined]
    return view


GetResponse = Callable[[HttpRequest], HttpResponse]


class ReplicaMiddleware:
    """Decide for each request whether its reads may go to a replica; set the pin cookie after writes.

    Placed after DatabaseUnavailableMiddleware: its process_exception runs first and notes a
    replica failure, DatabaseUnavailableMiddleware turns the error into a 503, and this
    middleware then serves the GET or HEAD once more from the primary.
    """

    def __init__(self, get_response: GetResponse) -> None:
        if not settings.DATABASE_REPLICAS:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        reads = Reads(replica=self.replica_for(request))
        token = _reads.set(reads)
        try:
            response = self.get_response(request)
            if reads.failed:
                logger.warning("Serving %s again from the primary after a replica failed", request.path)
                reads.replica, reads.failed = None, False
                response = self.get_response(request)
        finally:
            _reads.reset(token)
        if reads.wrote or request.method not in READ_METHODS:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.DATABASE_REPLICA_PIN_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    def replica_for(self, request: HttpRequest) -> str | None:
        if request.method not in READ_METHODS:
            return None
        # A session means an editor (or a form in progress); the pin means this client just wrote.
        if settings.SESSION_COOKIE_NAME in request.COOKIES or PIN_COOKIE in request.COOKIES:
            return None
        healthy = [alias for alias in settings.DATABASE_REPLICAS if not is_down(alias)]
        # Spreads the load; nothing secret depends on the pick.
        return random.choice(healthy) if healthy else None  # noqa: S311

    def process_view(self, request: HttpRequest, view_func: Callable[..., Any], *args: Any) -> None:
        reads = _reads.get()
        if reads is None or reads.replica is None:
            return
        match = request.resolver_match
        if getattr(view_func, "reads_from_primary", False) or (match is not None and "admin" in match.namespaces):
            reads.replica = None

    def process_exception(self, request: HttpRequest, exception: Exception) -> None:
        reads = _reads.get()
        if reads is None or reads.replica is None or not isinstance(exception, DATABASE_ERRORS):
            return
        # Django notes on the connection where the error happened: only the replica's counts here.
        if connections[reads.replica].errors_occurred:
            mark_down(reads.replica, exception)
            reads.failed = True
