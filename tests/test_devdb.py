"""The private PostgreSQL cluster: created once, reused, recovered after a crash."""

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from ckm_portal.core.database_url import parse
from devtools import devdb
from tests.support.servers import ROOT


@pytest.fixture
def private_cluster(tmp_path, monkeypatch):
    """A throw-away checkout folder with its own cluster, stopped and removed afterwards."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setattr(devdb, "BASE_DIR", tmp_path)
    monkeypatch.setattr(devdb, "PGDATA_LINK", tmp_path / ".pgdata")
    yield tmp_path / ".pgdata"
    devdb.stop()
    shutil.rmtree((tmp_path / ".pgdata").resolve(), ignore_errors=True)


def wait_until_gone(pid, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    raise AssertionError(f"process {pid} did not exit")


@pytest.mark.server
def test_start_creates_then_reuses_and_recovers_from_a_crash(private_cluster, capsys, monkeypatch):
    assert devdb.main(["devdb", "start"]) == 0
    assert "Creating the private PostgreSQL cluster" in capsys.readouterr().out
    cluster = private_cluster.resolve() / "cluster"
    conf = (cluster / "postgresql.conf").read_text()
    assert "listen_addresses = ''" in conf, "the cluster must not listen on any network interface"

    assert devdb.main(["devdb", "start"]) == 0
    assert "already running" in capsys.readouterr().out

    # A crash leaves postmaster.pid behind with the pid of a dead process.
    postmaster = int((cluster / "postmaster.pid").read_text().splitlines()[0])
    os.kill(postmaster, signal.SIGKILL)
    wait_until_gone(postmaster)
    time.sleep(1)  # let the orphaned backends notice and exit
    assert (cluster / "postmaster.pid").exists()

    assert devdb.main(["devdb", "start"]) == 0
    out = capsys.readouterr().out
    assert "stale postmaster.pid" in out
    assert "Started the private PostgreSQL cluster" in out
    assert devdb.main(["devdb", "check"]) == 0

    # `make bench` passes the cluster's URL naming another database: start creates it, check reaches it.
    monkeypatch.setenv("DATABASE_URL", devdb.default_database_url("ckm_second"))
    assert devdb.main(["devdb", "start"]) == 0
    assert "already running" in capsys.readouterr().out

    devdb.stop()
    assert devdb.main(["devdb", "status"]) == 3


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("garbage", "must start with postgresql://"),
        ("postgresql://nobody@127.0.0.1:1/nothing", "Cannot use the database at DATABASE_URL"),
    ],
)
def test_a_bad_database_url_gives_one_clear_line(url, expected):
    result = subprocess.run(
        [sys.executable, "-m", "devtools.devdb", "start"],
        env=dict(os.environ, DATABASE_URL=url),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_url_prints_the_private_clusters_database_url_for_the_makefile():
    result = subprocess.run(
        [sys.executable, "-m", "devtools.devdb", "url", "ckm_bench"], capture_output=True, text=True, check=True
    )
    url = result.stdout.strip()
    config = parse(url)
    assert (config["NAME"], config["USER"], config["HOST"]) == ("ckm_bench", "ckm", str(ROOT / ".pgdata"))
    assert devdb.private_database_name(url) == "ckm_bench"
    assert devdb.private_database_name(devdb.default_database_url()) == "ckm"


@pytest.mark.parametrize(
    "url",
    ["postgresql://ckm@db.example.org/ckm", "postgresql://ckm@/ckm?host=/elsewhere/.pgdata&port=5432", "garbage"],
)
def test_start_leaves_any_other_database_alone(url):
    assert devdb.private_database_name(url) is None
