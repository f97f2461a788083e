"""Shared state in Redis (REDIS_URL): one count for every server, and a Redis outage that degrades.

Each test marked `server` starts Debian's redis-server on a loopback port of its own
(tests/support/redis_server.py).
"""

import http.cookiejar
import re
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import redis as redis_py
from django.core.cache import caches

from ckm_portal.contact.models import ContactMessage
from ckm_portal.contact.spam import RATE_LIMIT, Check, ServedForm, form_token, use_token
from tests.factories import make_published_article
from tests.support.redis_server import redis_server
from tests.support.servers import gunicorn

SECRET_KEY = "shared-state-test-key-" + "x" * 40


def redis_caches(url):
    base = {
        "BACKEND": "ckm_portal.core.cache.ResilientRedisCache",
        "LOCATION": url,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    return {"default": {**base, "KEY_PREFIX": "ckm"}, "pages": {**base, "KEY_PREFIX": "ckm-pages"}}


@pytest.fixture
def redis(tmp_path):
    with redis_server(tmp_path) as server:
        yield server


@pytest.fixture
def on_redis(redis, settings):
    settings.CACHES = redis_caches(redis.url)  # Django drops its cache connections on this change
    settings.PAGE_CACHE_SECONDS = 60
    return redis


def contact_data(served):
    return {
        "name": "Anna",
        "email": "anna@example.org",
        "subject": "Vraag",
        "message": "Een vraag.",
        "website": "",
        "served": served,
    }


@pytest.mark.django_db
def test_readyz_without_redis_checks_the_database_only_cheaply(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        ready = client.get("/readyz?token=secret")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in ready.headers["Cache-Control"]


@pytest.mark.server
@pytest.mark.django_db
def test_the_caches_live_in_redis_under_their_prefixes(on_redis, client, django_assert_num_queries):
    make_published_article("Eerste")
    first = client.get("/artikelen/")
    with django_assert_num_queries(0):
        assert client.get("/artikelen/").content == first.content  # the kept page, from Redis
    client.post("/contact/", contact_data(form_token(time.time() - 30)))
    keys = caches["default"]._cache.get_client().keys("*")
    assert any(key.startswith(b"ckm-pages:") for key in keys)  # the kept page
    assert any(key.startswith(b"ckm:") for key in keys)  # the rate count and the used token
    # Every key expires: Redis has no size cap per cache, volatile-ttl can evict the shortest-lived first.
    assert all(caches["default"]._cache.get_client().ttl(key) > 0 for key in keys)


@pytest.mark.server
@pytest.mark.django_db
def test_a_redis_outage_degrades_pages_render_and_the_contact_form_fails_closed(on_redis, client, voodoo):
    make_published_article("Eerste", topics=[voodoo])
    assert client.get("/readyz").json() == {"status": "ok", "database": "ok", "redis": "ok"}
    on_redis.stop()

    for url in ["/", "/artikelen/", "/onderwerpen/", voodoo.get_absolute_url(), "/zoeken/?q=eerste", "/contact/"]:
        assert client.get(url).status_code == 200, url
    refused = client.post("/contact/", contact_data(form_token(time.time() - 30)))
    assert refused.status_code == 429
    assert "cannot be sent at the moment" in refused.text or "kan nu niet worden verstuurd" in refused.text
    assert refused.headers["Retry-After"] == "60"
    assert ContactMessage.objects.count() == 0

    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json() == {"status": "error", "database": "ok", "redis": "unavailable"}
    assert client.get("/healthz").status_code == 200  # alive: only readiness depends on Redis

    on_redis.start()  # back on the same port: the next request uses it again
    assert client.get("/readyz").status_code == 200
    assert client.post("/contact/", contact_data(form_token(time.time() - 30))).status_code == 302


@pytest.mark.server
def test_a_used_token_is_refused_while_redis_is_down_too(on_redis):
    served = ServedForm(elapsed=30, nonce="abc")
    assert use_token(served) is Check.OK
    assert use_token(served) is Check.REFUSED
    on_redis.stop()
    assert use_token(ServedForm(elapsed=30, nonce="new")) is Check.UNAVAILABLE


class Browser:
    """One visitor: a cookie jar, the CSRF token of the contact form, and posts to any server."""

    def __init__(self, base_url):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirects()
        )
        page = self.opener.open(base_url + "/contact/", timeout=10).read().decode()
        self.csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    def post_contact(self, base_url, served):
        body = urllib.parse.urlencode({**contact_data(served), "csrfmiddlewaretoken": self.csrf}).encode()
        try:
            return self.opener.open(base_url + "/contact/", body, timeout=10).status
        except urllib.error.HTTPError as error:
            return error.code


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.mark.server
@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_two_app_servers_share_one_contact_limit_and_refuse_a_replay(redis, collected_static, settings):
    settings.SECRET_KEY = SECRET_KEY  # to sign form tokens the servers accept
    env = {"REDIS_URL": redis.url, "DJANGO_SECRET_KEY": SECRET_KEY}
    with (
        gunicorn(collected_static, workers=1, extra_env=env) as first,
        gunicorn(collected_static, workers=1, extra_env=env) as second,
    ):
        visitor = Browser(first)
        answers = [visitor.post_contact(server, form_token(time.time() - 30)) for server in [first, second] * 5]
        # Each server alone would allow RATE_LIMIT: together they allow RATE_LIMIT.
        assert answers.count(302) == RATE_LIMIT, answers
        assert answers.count(429) == 10 - RATE_LIMIT, answers
        assert ContactMessage.objects.count() == RATE_LIMIT

        # A form accepted by one server is refused by the other (the counts flushed first: the limit is
        # per address, and every request here comes from 127.0.0.1).
        redis_py.Redis.from_url(redis.url).flushdb()
        served = form_token(time.time() - 30)
        assert visitor.post_contact(first, served) == 302
        assert visitor.post_contact(second, served) == 400
        assert ContactMessage.objects.count() == RATE_LIMIT + 1
