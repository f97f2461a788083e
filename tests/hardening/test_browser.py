"""In a real browser: pages make no requests to other origins, and no payload ever runs."""

from urllib.parse import quote, urlsplit

import pytest
from django.urls import reverse

from tests.factories import make_content
from tests.support.xss import PAYLOADS

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]


def page_types(content):
    """One URL of each kind of page a visitor sees."""
    article, theme, country = content["article"], content["theme"], content["country"]
    return [
        reverse("home"),
        "/en/",
        reverse("articles:list"),
        article.get_absolute_url(),
        reverse("topics:index"),
        theme.get_absolute_url(),
        reverse("topics:countries"),
        country.get_absolute_url(),
        reverse("topics:expertise"),
        reverse("partners:list"),
        content["partner"].get_absolute_url(),
        reverse("projects:list"),
        content["project"].get_absolute_url(),
        reverse("about"),
        reverse("contact:form"),
        reverse("search:results") + f"?q={quote(PAYLOADS[0])}",
        reverse("search:results") + "?q=uitbuiting",
    ]


@pytest.mark.django_db(transaction=True)
def test_pages_only_talk_to_the_portal_and_run_no_payload(live_server, page):
    origin = str(live_server)
    contents = [make_content(payload) for payload in PAYLOADS]
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    visited = 0
    for content in contents[:2]:
        for path in page_types(content):
            response = page.goto(origin + path, wait_until="networkidle")
            assert response.status < 400, path
            assert page.evaluate("window.__xss") is None, path
            visited += 1
    foreign = sorted(
        {url for url in requests if urlsplit(url).scheme not in {"data", "blob"} and not url.startswith(origin + "/")}
    )
    assert not foreign, foreign
    assert not errors, errors
    assert visited == 2 * len(page_types(contents[0]))
    assert any("/static/" in url for url in requests)  # the recording works
