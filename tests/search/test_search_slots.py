"""Search slots (ckm_portal/core/search_slots.py): a bound on searches at once, shared through PostgreSQL.

Another session takes the slots as another worker or app server would; browse pages never wait for them.
"""

import threading
import time

import psycopg
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ckm_portal.core import search_slots
from tests.support.servers import database_url_of

pytestmark = pytest.mark.django_db

SEARCHES = ["/zoeken/?q=voodoo", "/zoeken/export.ris?q=voodoo", "/zoeken/feed/rss/?q=voodoo"]


@pytest.fixture(autouse=True)
def no_slot_left():
    """Session locks outlive the test's transaction: none may pass to the next test on this connection."""
    yield
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_unlock_all()")


@pytest.fixture
def other_session():
    """A second database session, as another gunicorn worker would have (autocommit)."""
    with psycopg.connect(database_url_of(connection.settings_dict), autocommit=True) as session:
        yield session


@pytest.fixture
def one_slot(settings):
    # Short: most tests here wait the whole of it for their 503.
    settings.SEARCH_SLOTS = 1
    settings.SEARCH_SLOT_WAIT_SECONDS = 0.5


def hold(session, key):
    session.execute("SELECT pg_advisory_lock(%s, %s)", [search_slots.LOCK_SPACE, key])


def slot_locks_of(pid):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT objid FROM pg_locks WHERE locktype = 'advisory' AND classid = %s AND pid = %s AND granted",
            [search_slots.LOCK_SPACE, pid],
        )
        return sorted(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize("url", SEARCHES)
def test_a_search_that_finds_every_slot_taken_waits_then_answers_503_with_retry_after(
    client, settings, one_slot, other_session, url
):
    hold(other_session, 1)
    start = time.monotonic()
    response = client.get(url)
    assert time.monotonic() - start >= settings.SEARCH_SLOT_WAIT_SECONDS  # it waited the whole time first
    assert response.status_code == 503
    assert response["Retry-After"] == str(search_slots.RETRY_AFTER_SECONDS)
    assert response["Cache-Control"] == "no-store"
    assert "voodoo" not in response.content.decode()


def test_the_busy_page_says_what_to_do_in_the_visitors_language(client, one_slot, other_session):
    hold(other_session, 1)
    page = client.get("/zoeken/?q=voodoo").content.decode()
    assert "Zoeken is even druk" in page
    english = client.get("/en/zoeken/?q=voodoo").content.decode()
    assert "Search is busy" in english
    assert "try again in a few seconds" in english


def test_the_api_answers_503_in_json(client, one_slot, other_session):
    hold(other_session, 1)
    response = client.get("/api/v1/articles/?q=voodoo")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == str(search_slots.RETRY_AFTER_SECONDS)
    assert response.json()["status"] == 503
    assert "Probeer het over een paar seconden opnieuw" in response.json()["detail"]


def test_a_waiting_search_goes_on_as_soon_as_a_slot_comes_free(client, settings, one_slot, other_session):
    settings.SEARCH_SLOT_WAIT_SECONDS = 5  # room for a slow machine: the slot comes free long before
    hold(other_session, 1)
    release = threading.Timer(
        0.3, other_session.execute, ["SELECT pg_advisory_unlock(%s, 1)", [search_slots.LOCK_SPACE]]
    )
    release.start()
    start = time.monotonic()
    response = client.get("/zoeken/?q=voodoo")
    release.join()
    assert response.status_code == 200
    assert time.monotonic() - start >= 0.3


@pytest.mark.parametrize("url", ["/", "/artikelen/", "/onderwerpen/", "/zoeken/?q=", "/api/v1/articles/"])
def test_browse_pages_and_empty_queries_never_wait_for_a_slot(client, one_slot, other_session, url):
    hold(other_session, 1)
    hold(other_session, search_slots.DOOR)  # a line of waiting searches, too
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code in {200, 302}
    # Not timed (a loaded machine renders slowly): the page never asked for a slot or the door.
    assert not [query for query in queries.captured_queries if "advisory" in query["sql"]]


def test_a_search_gives_its_slot_back_and_the_door_after_waiting(client, one_slot, other_session):
    assert client.get("/zoeken/?q=voodoo").status_code == 200
    assert client.get("/api/v1/articles/?q=voodoo").status_code == 200
    hold(other_session, 1)
    assert client.get("/zoeken/?q=voodoo").status_code == 503
    # Neither the slot nor the door stays with the portal's session.
    assert slot_locks_of(connection.connection.info.backend_pid) == []


def test_each_search_holds_one_slot_and_the_next_search_takes_another(settings, other_session):
    settings.SEARCH_SLOTS = 3
    hold(other_session, 1)
    connection.ensure_connection()
    with search_slots.search_slot("default"):
        assert slot_locks_of(connection.connection.info.backend_pid) == [2]
    assert slot_locks_of(connection.connection.info.backend_pid) == []


def test_a_search_that_must_wait_queues_behind_the_head_of_the_line(settings, other_session):
    settings.SEARCH_SLOTS = 1
    hold(other_session, 1)
    connection.ensure_connection()
    with psycopg.connect(database_url_of(connection.settings_dict), autocommit=True) as head:
        hold(head, search_slots.DOOR)  # another search is at the head of the line
        with pytest.raises(search_slots.SearchBusy):
            search_slots.acquire(connection, 0.3)
        # Once it has left the line, ours is at the head and takes the slot as soon as it comes free.
        head.execute("SELECT pg_advisory_unlock(%s, %s)", [search_slots.LOCK_SPACE, search_slots.DOOR])
    release = threading.Timer(
        0.2, other_session.execute, ["SELECT pg_advisory_unlock(%s, 1)", [search_slots.LOCK_SPACE]]
    )
    release.start()
    assert search_slots.acquire(connection, 1) == 1
    release.join()


def test_no_bound_when_search_slots_is_zero(client, settings, other_session):
    settings.SEARCH_SLOTS = 0
    hold(other_session, 1)
    hold(other_session, search_slots.DOOR)
    assert client.get("/zoeken/?q=voodoo").status_code == 200
