"""Search slots: at most ``SEARCH_SLOTS`` searches run at once on one database server.

A search can cost a hundred times a browse page. Without a bound, a burst of searches takes every
core of the database and every worker, and the browse pages queue behind them. The slots are
PostgreSQL advisory locks, so every worker thread and every app server shares them; a search that
finds them taken waits in line (FIFO, behind a "door" lock) for at most ``SEARCH_SLOT_WAIT_SECONDS``,
then gets a 503 with Retry-After. Browse pages never take a slot.
See docs/decisions/0015-search-slots.md.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable, Iterator
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, OperationalError, connections, router, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from psycopg import errors as pg_errors

# The first key of every slot lock: "CKMS" read as a number, so the portal's locks stand apart.
LOCK_SPACE = 0x434B4D53
# The second key: 0 is the door (the line of waiting searches), 1..SEARCH_SLOTS the slots.
DOOR = 0
# How often the search at the head of the line looks for a free slot.
POLL_SECONDS = 0.01
RETRY_AFTER_SECONDS = 5

View = Callable[..., HttpResponse]


class SearchBusy(Exception):
    """Every slot stayed taken for the whole wait."""


def _take_free_slot(connection: BaseDatabaseWrapper) -> int | None:
    with connection.cursor() as cursor:
        # LIMIT 1 stops at the first lock taken, so at most one slot is held.
        cursor.execute(
            "SELECT slot FROM generate_series(1, %s) AS slot WHERE pg_try_advisory_lock(%s, slot) LIMIT 1",
            [settings.SEARCH_SLOTS, LOCK_SPACE],
        )
        row = cursor.fetchone()
    return int(row[0]) if row else None


def _enter_door(connection: BaseDatabaseWrapper, seconds: float) -> None:
    """Wait in PostgreSQL's lock queue for the door, at most ``seconds``."""
    try:
        # A transaction only to scope lock_timeout (SET LOCAL); the lock itself belongs to the session.
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("SELECT set_config('lock_timeout', %s, true)", [f"{max(1, int(seconds * 1000))}ms"])
            cursor.execute("SELECT pg_advisory_lock(%s, %s)", [LOCK_SPACE, DOOR])
    except OperationalError as error:
        if isinstance(error.__cause__, pg_errors.LockNotAvailable):
            raise SearchBusy from error
        raise


def _unlock(connection: BaseDatabaseWrapper, key: int) -> None:
    # A connection that broke took its session, and so its locks, with it.
    with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_SPACE, key])


def acquire(connection: BaseDatabaseWrapper, wait_seconds: float) -> int:
    """A slot's number, held by ``connection``'s session; raises SearchBusy after ``wait_seconds``."""
    slot = _take_free_slot(connection)
    if slot is not None:
        return slot
    deadline = time.monotonic() + wait_seconds
    _enter_door(connection, wait_seconds)
    try:
        # Only the search at the head of the line polls; the others sleep in PostgreSQL's queue.
        while (slot := _take_free_slot(connection)) is None:
            if time.monotonic() >= deadline:
                raise SearchBusy
            time.sleep(POLL_SECONDS)
        return slot
    finally:
        _unlock(connection, DOOR)


@contextlib.contextmanager
def search_slot(using: str) -> Iterator[None]:
    """Hold a search slot on the database ``using`` for the block (nothing when SEARCH_SLOTS is 0)."""
    if settings.SEARCH_SLOTS <= 0:
        yield
        return
    connection = connections[using]
    slot = acquire(connection, settings.SEARCH_SLOT_WAIT_SECONDS)
    try:
        yield
    finally:
        _unlock(connection, slot)


def article_search_slot() -> contextlib.AbstractContextManager[None]:
    """A search slot where the search's article reads go (a replica, or the primary); raises SearchBusy."""
    return search_slot(router.db_for_read(apps.get_model("articles", "Article")))


def busy_message() -> str:
    return _("Many people are searching right now. Please try again in a few seconds.")


# Sent with every "busy" answer, the page's and the API's.
BUSY_HEADERS = {"Retry-After": str(RETRY_AFTER_SECONDS), "Cache-Control": "no-store"}


def busy_response() -> HttpResponse:
    # Standing alone like the other 503 page: no context processors, no further queries.
    response = HttpResponse(render_to_string("search/busy.html", {"message": busy_message()}), status=503)
    for name, value in BUSY_HEADERS.items():
        response[name] = value
    return response


def takes_search_slot(view: View) -> View:
    """Run the view in a search slot when the request has a query (``q``); 503 when none comes free in time."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.GET.get("q", "").strip():
            return view(request, *args, **kwargs)
        with contextlib.ExitStack() as stack:
            try:
                stack.enter_context(article_search_slot())
            except SearchBusy:
                return busy_response()
            return view(request, *args, **kwargs)

    return wrapped
