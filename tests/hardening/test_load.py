"""The load test bench/loadtest.py runs (tests/support/loadtest.py), briefly: mixed browsing and searching
under gunicorn, no 5xx, no socket errors."""

import pytest

from tests.factories import make_content
from tests.support.figures import record_figure
from tests.support.loadtest import load_test
from tests.support.servers import gunicorn

# gunicorn under twenty connections for ten seconds.
pytestmark = [pytest.mark.server, pytest.mark.slow]


@pytest.mark.django_db(transaction=True)
def test_ten_seconds_at_twenty_connections(collected_static):
    for text in ("Loverboys", "Gedwongen huwelijk", "Voodoo en eden", "Arbeidsuitbuiting", "Nigeria"):
        make_content(text)
    with gunicorn(collected_static, workers=3, extra_env={"DJANGO_LOG_LEVEL": "WARNING"}) as base_url:
        figures = load_test(base_url, duration=10, connections=20)
    record_figure(f"load test 10 s / 20 connections: {figures}")
    assert figures["pages"] > 1
    assert {"home", "search"} <= figures["by_type"].keys()  # timed per page type
    assert figures["requests"] >= 50  # a busy machine serves few; what matters is that none fail
    assert figures["status_5xx"] == 0
    assert figures["socket_errors_total"] == 0, figures["socket_errors"]
