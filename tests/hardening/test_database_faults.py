"""Database faults: a statement timeout bounds every query; a PostgreSQL restart gives 503s, then recovery.

The restart is done on a throw-away private cluster of the test's own, never on the
shared development cluster.
"""

import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from devtools import devdb
from tests.support.figures import record_figure
from tests.support.production import production_env
from tests.support.servers import ROOT, gunicorn


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("statement_timeout", "15s"),
        # Compiling the search facets' query took a second; running it takes a few milliseconds.
        ("jit", "off"),
    ],
)
def test_every_connection_starts_with_the_portals_options(db, django_db_setup, setting, value):
    from django.db import connection  # noqa: PLC0415

    with connection.cursor() as cursor:
        cursor.execute(f"SHOW {setting}")
        assert cursor.fetchone()[0] == value


def test_a_slow_query_is_cut_off_with_a_clear_error(db):
    from django.db import connection  # noqa: PLC0415

    from tests.support.servers import database_url_of  # noqa: PLC0415

    code = (
        "import time, django; django.setup(); from django.db import connection\n"
        "start = time.monotonic()\n"
        "try:\n"
        "    connection.cursor().execute('SELECT pg_sleep(10)')\n"
        "except Exception as error:\n"
        "    print(type(error).__name__, '|', str(error).strip(), '|', round(time.monotonic() - start, 2))\n"
    )
    env = production_env(DATABASE_URL=database_url_of(connection.settings_dict), DJANGO_STATEMENT_TIMEOUT_MS="300")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    name, message, seconds = result.stdout.strip().split(" | ")
    assert name == "OperationalError", result.stderr
    assert message == "canceling statement due to statement timeout"
    assert float(seconds) < 3


@pytest.fixture
def throwaway_cluster(tmp_path, monkeypatch):
    """A private PostgreSQL cluster of this test alone, migrated; its DATABASE_URL."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setattr(devdb, "BASE_DIR", tmp_path)
    monkeypatch.setattr(devdb, "PGDATA_LINK", tmp_path / ".pgdata")
    try:
        devdb.start()
        url = devdb.default_database_url()
        migrate = subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            cwd=ROOT,
            env=production_env(DATABASE_URL=url),
            capture_output=True,
            text=True,
            check=False,
        )
        assert migrate.returncode == 0, migrate.stderr
        yield url
    finally:
        devdb.stop()
        shutil.rmtree((tmp_path / ".pgdata").resolve(), ignore_errors=True)


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
            return response.status, dict(response.headers), ""
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode(errors="replace")
    except OSError as error:
        return type(error).__name__, {}, ""


def worker_pids(master):
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    return sorted(int(pid) for pid in children)


class Poller(threading.Thread):
    """Requests the given URLs in a loop, as visitors would, recording every status."""

    def __init__(self, urls):
        super().__init__(daemon=True)
        self.urls, self.statuses, self.running = urls, [], True

    def run(self):
        while self.running:
            for url in self.urls:
                self.statuses.append(status_of(url)[0])
            time.sleep(0.05)


def wait_for(url, status, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if status_of(url)[0] == status:
            return time.monotonic()
        time.sleep(0.05)
    raise AssertionError(f"{url} did not answer {status} within {seconds} s (last: {status_of(url)[0]})")


@pytest.mark.server
@pytest.mark.django_db(transaction=True)
def test_postgresql_restart_gives_503_then_recovers_without_restarting_workers(throwaway_cluster, collected_static):
    # Quiet logs: nobody reads gunicorn's stderr while the test runs.
    env = {"DATABASE_URL": throwaway_cluster, "DJANGO_LOG_LEVEL": "CRITICAL"}
    with gunicorn(collected_static, workers=2, extra_env=env) as base_url:
        # A search: never served from the kept pages, so it needs the database on every request.
        page, health = base_url + "/zoeken/?q=mensenhandel", base_url + "/healthz"
        assert status_of(page)[0] == 200
        workers = worker_pids(base_url.process)
        pollers = [Poller([page, health]) for _ in range(4)]
        for poller in pollers:
            poller.start()
        time.sleep(0.5)

        devdb.stop()
        wait_for(page, 503, 10)
        status, headers, body = status_of(page)
        assert status == 503
        assert headers["Retry-After"] == "30"
        assert "tijdelijk niet beschikbaar" in body or "temporarily unavailable" in body  # until translated
        assert "Content-Security-Policy" in headers
        assert status_of(health)[0] == 503
        ready = status_of(base_url + "/readyz")
        assert ready[0] == 503 and '"database": "unavailable"' in ready[2]
        time.sleep(1)

        devdb.start()
        back = time.monotonic()
        recovered = wait_for(page, 200, 10) - back
        assert status_of(health)[0] == 200
        assert status_of(base_url + "/readyz")[0] == 200
        time.sleep(0.5)
        for poller in pollers:
            poller.running = False
            poller.join()

        assert worker_pids(base_url.process) == workers, "a worker was restarted"
        statuses = [status for poller in pollers for status in poller.statuses]
        assert set(statuses) <= {200, 503}, sorted(set(map(str, statuses)))
        assert statuses[-8:] == [200] * 8
        record_figure(
            f"database restart: {len(statuses)} requests during the restart, {statuses.count(503)} answered 503, "
            f"none failed otherwise; recovery {recovered:.2f} s after PostgreSQL was back"
        )
        assert recovered < 5
