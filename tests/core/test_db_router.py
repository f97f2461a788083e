"""Read replicas: which database each kind of request reads from, read-your-writes, and the fallback.

A replica here is a second alias on the test database (a connection of its own, as a streaming
replica would be), or an alias on a closed loopback port for a replica that is down. The queries
each alias ran show where a request read. HX's cluster test runs a real streaming replica.
"""

import contextlib
import copy
import logging
import subprocess
import sys
import time
import urllib.request

import pytest
from django.core.cache import caches
from django.core.exceptions import MiddlewareNotUsed
from django.db import connections
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse

from articles.models import Status
from ckm_portal.core import db_router
from ckm_portal.core.db_router import PIN_COOKIE, ReplicaMiddleware, current_read_alias, replica_reads
from ckm_portal.topics.models import Topic
from tests.factories import make_article, make_topic
from tests.support.servers import ROOT, database_url_of, gunicorn

# A second connection to the test database, as a streaming replica's would be; and one to a
# closed loopback port (nothing listens on port 1: connecting is refused at once), a replica down.
REPLICA, DOWN = "replica_test", "replica_down"
ALIASES = {REPLICA: {}, DOWN: {"HOST": "127.0.0.1", "PORT": "1"}}
# Transactional: a replica sees committed rows only, and Django's TestCase would open a transaction
# on each alias, connecting to the one that is down.
pytestmark = pytest.mark.django_db(transaction=True, databases=["default", *ALIASES])


@pytest.fixture(scope="module", autouse=True)
def replica_aliases(django_db_setup, django_db_blocker):
    """The aliases DATABASE_REPLICA_URLS would add, there before each test case lists its databases."""
    for alias, changes in ALIASES.items():
        config = copy.deepcopy(connections["default"].settings_dict)
        config.update(changes, TEST={**config["TEST"], "MIRROR": "default"})
        connections.settings[alias] = config
    yield
    for alias in ALIASES:
        connections[alias].close()
        del connections[alias]
        del connections.settings[alias]


@pytest.fixture
def replicas(settings):
    """Turn replicas on as DATABASE_REPLICA_URLS does, with the aliases given (REPLICA by default)."""

    def use(*aliases):
        settings.DATABASE_REPLICAS = list(aliases or [REPLICA])
        settings.DATABASE_ROUTERS = ["ckm_portal.core.db_router.ReplicaRouter"]
        return settings.DATABASE_REPLICAS[0]

    db_router.forget_down()
    yield use
    for alias in ALIASES:
        connections[alias].close()
    db_router.forget_down()


def reads_of(client, url, *aliases):
    """The response to a GET of ``url`` and how many queries the primary and each alias ran for it."""
    with contextlib.ExitStack() as stack:
        captured = {
            alias: stack.enter_context(CaptureQueriesContext(connections[alias])) for alias in ("default", *aliases)
        }
        response = client.get(url)
    return response, {alias: len(context) for alias, context in captured.items()}


@pytest.fixture
def public_article(db):
    return make_article("Open artikel", status=Status.PUBLISHED)


def test_an_anonymous_public_get_reads_from_the_replica(client, replicas, public_article):
    replica = replicas()
    response, queries = reads_of(client, reverse("home"), replica)
    assert response.status_code == 200
    assert queries["default"] == 0
    assert queries[replica] > 0
    # Reading wrote nothing: no reason to pin this visitor to the primary.
    assert PIN_COOKIE not in response.cookies


def test_a_search_ranks_its_matches_on_the_replica_where_it_holds_its_slot(client, replicas, public_article):
    replica = replicas()
    with CaptureQueriesContext(connections["default"]) as primary, CaptureQueriesContext(connections[replica]) as ours:
        response = client.get("/zoeken/?q=open+artikel")
    assert response.context["results"].total == 1

    def ran(queries, text):
        return any(text in query["sql"] for query in queries.captured_queries)

    # The index plan, the ranking pass and the slot are all on the replica; nothing of it reaches the primary.
    for text in ("SET LOCAL enable_seqscan", "WITH matching", "pg_try_advisory_lock"):
        assert ran(ours, text) and not ran(primary, text), text


@pytest.fixture
def kept_searches(settings):
    settings.SEARCH_CACHE_SECONDS, settings.SEARCH_CACHE_MIN_MATCHES = 60, 1
    yield caches["searches"]
    caches["searches"].clear()  # its table is no model's, so the flush after a transactional test leaves it


def test_a_kept_search_lives_on_the_primary_and_pins_nobody(client, replicas, public_article, kept_searches):
    replica = replicas()
    response, queries = reads_of(client, "/zoeken/?q=open+artikel", replica)
    assert response.status_code == 200 and response.context["results"].total == 1
    assert queries[replica] > 0
    # Keeping the counts wrote to the primary's cache table, which is no write of the visitor's.
    assert PIN_COOKIE not in response.cookies
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_kept_results")
        assert cursor.fetchone() == (1,)
    with CaptureQueriesContext(connections["default"]) as primary, CaptureQueriesContext(connections[replica]) as ours:
        assert client.get("/zoeken/?q=open+artikel").context["results"].total == 1
    # The kept counts are read where they were written.
    assert [query for query in primary.captured_queries if "search_kept_results" in query["sql"]]
    assert not [query for query in ours.captured_queries if "search_kept_results" in query["sql"]]


def test_a_logged_in_editor_reads_from_the_primary(editor_client, replicas, public_article):
    replica = replicas()
    response, queries = reads_of(editor_client, reverse("home"), replica)
    assert response.status_code == 200
    assert queries[replica] == 0
    assert queries["default"] > 0


def test_a_session_cookie_alone_sends_reads_to_the_primary(client, settings, replicas, public_article):
    replica = replicas()
    client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session"
    _response, queries = reads_of(client, reverse("home"), replica)
    assert queries[replica] == 0
    assert queries["default"] > 0


def test_after_a_post_the_same_client_reads_from_the_primary_until_the_pin_ends(
    client, settings, replicas, public_article
):
    replica = replicas()
    settings.DATABASE_REPLICA_PIN_SECONDS = 7
    response = client.post(reverse("set_language"), {"language": "nl", "next": "/"})
    pin = response.cookies[PIN_COOKIE]
    assert pin["max-age"] == 7
    assert pin["httponly"]
    _response, queries = reads_of(client, reverse("home"), replica)
    assert (queries["default"] > 0, queries[replica]) == (True, 0)
    # The browser drops the cookie after max-age: reads go back to the replica.
    del client.cookies[PIN_COOKIE]
    _response, queries = reads_of(client, reverse("home"), replica)
    assert (queries["default"], queries[replica] > 0) == (0, True)


def test_a_write_during_a_get_pins_the_client_and_goes_to_the_primary(rf, replicas, db):
    replica = replicas()

    def view_that_writes(request):
        make_topic("Geschreven tijdens een GET")
        return HttpResponse("ok")

    with CaptureQueriesContext(connections["default"]) as primary, CaptureQueriesContext(connections[replica]) as ours:
        response = ReplicaMiddleware(view_that_writes)(rf.get("/"))
    assert any(query["sql"].startswith("INSERT") for query in primary.captured_queries)
    assert not any(query["sql"].startswith("INSERT") for query in ours.captured_queries)
    assert PIN_COOKIE in response.cookies


def test_writes_always_go_to_the_primary_and_so_do_the_reads_after_them(replicas, db):
    replica = replicas()
    with replica_reads():
        with (
            CaptureQueriesContext(connections[replica]) as ours,
            CaptureQueriesContext(connections["default"]) as primary,
        ):
            topic = make_topic("Naar de primaire")
            topic.name = "Nog steeds de primaire"
            topic.save()
        assert current_read_alias() == "default"
    assert not [query for query in ours.captured_queries if not query["sql"].startswith("SELECT")]
    assert "UPDATE" in [query["sql"].split()[0] for query in primary.captured_queries]
    assert Topic.objects.get(pk=topic.pk).name == "Nog steeds de primaire"


def test_outside_a_request_reads_go_to_the_primary_unless_asked(replicas, db):
    """Management commands, the shell and tests: no request, so no replica."""
    replica = replicas()
    with CaptureQueriesContext(connections[replica]) as ours:
        Topic.objects.count()
    assert ours.captured_queries == []
    assert current_read_alias() == "default"
    with replica_reads(), CaptureQueriesContext(connections[replica]) as ours:
        Topic.objects.count()
        assert current_read_alias() == replica
    assert len(ours.captured_queries) == 1


def test_admin_and_preview_read_from_the_primary_even_without_a_cookie(rf, replicas, public_article):
    replica = replicas()
    middleware = ReplicaMiddleware(lambda request: HttpResponse())
    paths = [reverse("admin:index"), reverse("articles:preview", args=[public_article.pk]), reverse("home")]
    where = []
    for path in paths:
        request = rf.get(path)
        request.resolver_match = resolve(path)
        with replica_reads(middleware.replica_for(request)):
            middleware.process_view(request, request.resolver_match.func, (), {})
            where.append(current_read_alias())
    assert where == ["default", "default", replica]


def test_a_replica_that_cannot_be_reached_is_skipped(client, replicas, public_article, caplog):
    replicas(DOWN)
    started = time.monotonic()
    response, queries = reads_of(client, reverse("home"))
    assert response.status_code == 200
    assert "Open artikel" in response.text
    assert queries["default"] > 0
    assert db_router.is_down(DOWN)
    # Marked down in this process: the next request reads from the primary without trying it.
    response, queries = reads_of(client, reverse("home"))
    assert response.status_code == 200
    assert queries["default"] > 0
    assert connections[DOWN].connection is None
    assert time.monotonic() - started < 5
    # Found at connect time, before the view ran: no failed query, no page served twice.
    assert [record.getMessage()[:30] for record in caplog.records if record.levelno >= logging.WARNING] == [
        "Replica replica_down is unavai"
    ]


def test_with_one_replica_down_reads_go_to_the_one_that_is_up(client, replicas, public_article):
    replicas(DOWN, REPLICA)
    db_router.mark_down(DOWN, Exception("refused"))
    for _ in range(3):
        _response, queries = reads_of(client, reverse("home"), REPLICA)
        assert (queries["default"], queries[REPLICA] > 0) == (0, True)
    assert connections[DOWN].connection is None


def test_a_replica_failing_mid_request_is_answered_from_the_primary(client, replicas, public_article):
    replica = replicas()
    primary = connections["default"]
    terminated = []

    def kill_the_replica_backend(execute, sql, params, many, context):
        # The replica's server goes away between the health check and the page's first query.
        if not terminated:
            backend = context["connection"].connection.info.backend_pid
            with primary.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(%s)", [backend])
            terminated.append(backend)
        return execute(sql, params, many, context)

    with connections[replica].execute_wrapper(kill_the_replica_backend):
        response, queries = reads_of(client, reverse("home"), replica)
    assert terminated
    assert response.status_code == 200
    assert queries["default"] > 0  # served again, from the primary
    assert "Open artikel" in response.text
    assert db_router.is_down(replica)


def test_a_failing_replica_is_not_blamed_for_a_primary_error(rf, replicas, db):
    """An error on the primary during a replica read is the DatabaseUnavailable 503's business, not a retry."""
    replica = replicas()
    middleware = ReplicaMiddleware(lambda request: HttpResponse())
    request = rf.get("/")
    with replica_reads(replica):
        Topic.objects.count()  # the replica connection is open and healthy
        from django.db import OperationalError  # noqa: PLC0415

        middleware.process_exception(request, OperationalError("primary went away"))
    assert not db_router.is_down(replica)


def test_without_replicas_nothing_is_routed(settings):
    assert settings.DATABASE_REPLICAS == []
    assert settings.DATABASE_ROUTERS == []
    with pytest.raises(MiddlewareNotUsed):
        ReplicaMiddleware(lambda request: HttpResponse())


def run_settings(code, **env):
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings; {code}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "ckm_portal.settings",
            "DJANGO_SECRET_KEY": "k" * 50,
            "DATABASE_URL": "postgresql://ckm:geheim@db.example.org/kennisbank?sslmode=require",
            **env,
        },
        check=False,
    )


def test_replica_urls_become_aliases_with_the_primarys_options():
    code = (
        "d = settings.DATABASES; r1, r2 = d['replica_1'], d['replica_2'];"
        "print(settings.DATABASE_REPLICAS, settings.DATABASE_ROUTERS, settings.DATABASE_REPLICA_PIN_SECONDS);"
        "print(r1['HOST'], r1['PORT'], r1['NAME'], r1['USER'], r1['TEST']['MIRROR'], r1['CONN_HEALTH_CHECKS']);"
        "print(r1['OPTIONS'] == d['default']['OPTIONS'], r2['OPTIONS']['connect_timeout'], r2['OPTIONS']['sslmode'])"
    )
    result = run_settings(
        code,
        DATABASE_REPLICA_URLS="postgresql://ckm:geheim@replica1.example.org:5433/kennisbank?sslmode=require, "
        "postgresql://ckm:geheim@replica2.example.org/kennisbank?connect_timeout=2",
        DATABASE_REPLICA_PIN_SECONDS="9",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "['replica_1', 'replica_2'] ['ckm_portal.core.db_router.ReplicaRouter'] 9",
        "replica1.example.org 5433 kennisbank ckm default True",
        "True 2 require",
    ]


def test_a_bad_replica_url_stops_the_start_with_one_line_naming_it():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SECRET_KEY": "k" * 50,
            "DATABASE_URL": "postgresql://ckm@127.0.0.1:1/ckm",
            "DATABASE_REPLICA_URLS": "mysql://ckm@replica/ckm",
        },
        check=False,
    )
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0
    assert len(lines) == 1, result.stderr
    assert "DATABASE_REPLICA_URLS must start with postgresql://" in lines[0]


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read().decode()


@pytest.mark.server
def test_under_gunicorn_public_pages_use_the_replica_and_survive_one_that_is_down(collected_static):
    make_article("Gepubliceerd voor de replica", status=Status.PUBLISHED)
    test_database = database_url_of(connections["default"].settings_dict)
    named = f"{test_database}{'&' if '?' in test_database else '?'}application_name=ckm_replica_test"
    with gunicorn(collected_static, workers=1, extra_env={"DATABASE_REPLICA_URLS": named}) as url:
        status, page = get(url + "/")
        assert (status, "Gepubliceerd voor de replica" in page) == (200, True)
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'ckm_replica_test'")
            assert cursor.fetchone()[0] == 1  # the worker keeps its replica connection open
    down = "postgresql://ckm@127.0.0.1:1/ckm"
    with gunicorn(collected_static, workers=1, extra_env={"DATABASE_REPLICA_URLS": down}) as url:
        for _ in range(3):
            status, page = get(url + "/")
            assert (status, "Gepubliceerd voor de replica" in page) == (200, True)
