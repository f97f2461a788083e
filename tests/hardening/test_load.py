"""A short run of bench/loadtest.py: mixed browsing and searching under gunicorn, no 5xx, no socket errors."""

import pytest

from bench.loadtest import ensure_wrk, load_test
from tests.hardening.content import make_content
from tests.hardening.test_database_faults import record_figure
from tests.servers import gunicorn


@pytest.mark.django_db(transaction=True)
def test_ten_seconds_at_twenty_connections(collected_static, tmp_path):
    for text in ("Loverboys", "Gedwongen huwelijk", "Voodoo en eden", "Arbeidsuitbuiting", "Nigeria"):
        make_content(text)
    ensure_wrk()
    with gunicorn(collected_static, workers=3, extra_env={"DJANGO_LOG_LEVEL": "WARNING"}) as base_url:
        figures = load_test(base_url, duration=10, connections=20, folder=tmp_path)
    record_figure(f"load test 10 s / 20 connections: {figures}")
    assert figures["pages"] > 1
    assert figures["requests"] >= 50  # a busy machine serves few; what matters is that none fail
    assert figures["status_5xx"] == 0
    assert figures["socket_errors_total"] == 0, figures["socket_errors"]
