"""Production settings pass Django's deployment checks; every response carries the security headers."""

import re
import subprocess
import sys
import urllib.request

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.support.production import production_env
from tests.support.servers import ROOT, gunicorn
from tests.support.site import assert_every_public_view_reached, crawl


def check_deploy(**env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = check_deploy()
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_notices_what_production_must_not_lack():
    # The other side of the test above: the check does catch a missing HSTS and a weak key.
    result = check_deploy(DJANGO_HSTS_SECONDS="0", DJANGO_SECRET_KEY="too-short")
    assert result.returncode != 0
    assert "security.W004" in result.stderr
    assert "security.W009" in result.stderr


def assert_security_headers(response, url):
    headers = response.headers
    csp = headers.get("Content-Security-Policy", "")
    assert "default-src 'self'" in csp, url
    assert "frame-ancestors 'none'" in csp, url
    assert "object-src 'none'" in csp, url
    assert "unsafe-inline" not in csp, url
    assert "unsafe-eval" not in csp, url
    assert headers.get("X-Content-Type-Options") == "nosniff", url
    assert headers.get("Referrer-Policy") == "same-origin", url
    assert headers.get("Cross-Origin-Opener-Policy") == "same-origin", url
    assert headers.get("X-Frame-Options") == "DENY", url
    assert "camera=()" in headers.get("Permissions-Policy", ""), url
    assert "geolocation=()" in headers.get("Permissions-Policy", ""), url


@pytest.mark.django_db
def test_every_page_type_sends_the_security_headers(client, content):
    site = crawl(client)
    assert_every_public_view_reached(site)
    urls = [*site.urls(), "/admin/login/", "/bestaat-niet/"]
    for url in urls:
        assert_security_headers(client.get(url), url)


@pytest.mark.django_db
def test_hsts_only_over_https(settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    client = Client()  # built after the settings change: SecurityMiddleware reads them once
    assert client.get("/healthz", secure=True)["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "Strict-Transport-Security" not in client.get("/healthz", secure=False)


def cookie_flags(set_cookie_headers, name):
    header = next(value for value in set_cookie_headers if value.startswith(f"{name}="))
    return {flag.strip().lower() for flag in header.split(";")[1:]}


@pytest.mark.server
@pytest.mark.django_db(transaction=True)
def test_session_and_csrf_cookies_are_secure_httponly_and_samesite(collected_static):
    get_user_model().objects.create_user("redacteur", password="een-lang-wachtwoord-42", is_staff=True)
    with gunicorn(collected_static, extra_env={"DJANGO_SECURE_COOKIES": "1"}) as base_url:
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        with opener.open(base_url + "/admin/login/", timeout=10) as response:
            csrf_cookie = cookie_flags(response.headers.get_all("Set-Cookie"), "csrftoken")
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.read().decode()).group(1)
        # Secure cookies are never sent back over plain http, so hand the token over by hand.
        data = f"csrfmiddlewaretoken={token}&username=redacteur&password=een-lang-wachtwoord-42&next=/admin/"
        request = urllib.request.Request(
            base_url + "/admin/login/",
            data=data.encode(),
            headers={"Cookie": f"csrftoken={_cookie_value(response, 'csrftoken')}", "Referer": base_url + "/"},
        )
        no_redirect = urllib.request.build_opener(_NoRedirect())
        try:
            no_redirect.open(request, timeout=10)
            raise AssertionError("login did not redirect")
        except urllib.error.HTTPError as redirect:
            assert redirect.code == 302, redirect.read()[:2000]
            session_cookie = cookie_flags(redirect.headers.get_all("Set-Cookie"), "sessionid")
    for flags in (csrf_cookie, session_cookie):
        assert {"secure", "httponly", "samesite=lax"} <= flags, flags


def _cookie_value(response, name):
    header = next(value for value in response.headers.get_all("Set-Cookie") if value.startswith(f"{name}="))
    return header.split(";")[0].split("=", 1)[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
