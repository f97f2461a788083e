"""Production serving, tried once for real: gunicorn, DEBUG off, whitenoise for static files."""

import gzip
import re
import urllib.request

import pytest

from ckm_portal.topics.models import Topic
from tests.support.servers import gunicorn

# gunicorn, as in production.
pytestmark = pytest.mark.server


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.headers, response.read()


@pytest.mark.django_db(transaction=True)
def test_gunicorn_serves_pages_and_compressed_hashed_static_files(collected_static):
    Topic.objects.create(name="Voodoo", slug="voodoo", kind="theme")
    with gunicorn(collected_static) as base_url:
        status, headers, body = fetch(base_url + "/")
        assert status == 200
        html = body.decode()
        assert "Voodoo" in html
        assert "Content-Security-Policy" in headers

        stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html)
        assert stylesheet, "static URLs carry the content hash"
        status, headers, body = fetch(base_url + stylesheet.group(1), **{"Accept-Encoding": "gzip"})
        assert status == 200
        assert headers["Content-Encoding"] == "gzip"
        assert "immutable" in headers["Cache-Control"]
        assert b"--accent" in gzip.decompress(body)

        status, _headers, body = fetch(base_url + "/healthz")
        assert (status, body) == (200, b'{"status": "ok", "database": "ok"}')
