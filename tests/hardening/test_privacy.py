"""Privacy: contact messages are deleted after the retention period; no addresses or searches in the logs."""

import contextlib
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from ckm_portal.contact.models import ContactMessage
from tests.support.production import production_env
from tests.support.servers import ROOT, gunicorn


def message(days_old):
    created = ContactMessage.objects.create(name="A. de Vries", email="a@example.org", subject="Vraag", message="...")
    ContactMessage.objects.filter(pk=created.pk).update(created_at=timezone.now() - timedelta(days=days_old))
    return created


@pytest.mark.django_db
def test_contact_messages_are_purged_after_the_retention_period(settings, capsys):
    settings.CONTACT_RETENTION_DAYS = 90
    old, recent = message(91), message(89)
    call_command("purge_contact_messages")
    assert list(ContactMessage.objects.all()) == [recent]
    assert "Deleted 1 contact message(s)" in capsys.readouterr().out

    call_command("purge_contact_messages", days=30)
    assert not ContactMessage.objects.exists()
    assert old.pk != recent.pk


def test_the_retention_period_comes_from_the_environment():
    code = "import django; django.setup(); from django.conf import settings; print(settings.CONTACT_RETENTION_DAYS)"
    for env, expected in (({}, "90"), ({"DJANGO_CONTACT_RETENTION_DAYS": "30"}, "30")):
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=production_env(**env),
            capture_output=True,
            text=True,
            check=True,
        )
        assert result.stdout.strip() == expected


@pytest.mark.server
@pytest.mark.django_db(transaction=True)
def test_the_server_logs_no_addresses_and_no_search_terms(collected_static):
    # gunicorn writes no access log unless asked to, and Django logs paths without query strings.
    with tempfile.TemporaryFile("w+") as output:
        with gunicorn(collected_static, extra_env={"DJANGO_LOG_LEVEL": "DEBUG"}, log=output) as base_url:
            for path in ("/zoeken/?q=geheime+zoekterm", "/bestaat-niet/?q=geheime+zoekterm", "/"):
                with contextlib.suppress(urllib.error.HTTPError):  # the 404 is expected
                    urllib.request.urlopen(base_url + path, timeout=10).read()
        output.seek(0)  # the server has stopped, so everything it wrote is in the file
        log = output.read()
    assert "Not Found: /bestaat-niet/" in log  # the log works...
    assert "geheime" not in log  # ...but holds no search terms
    assert "127.0.0.1 -" not in log and '"GET ' not in log  # and no access-log lines with addresses
