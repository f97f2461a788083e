"""No page renders titles, summaries, topic names, filters or search terms as markup (an XSS corpus)."""

from urllib.parse import urlencode

import pytest

from tests.factories import make_content
from tests.support.site import crawl
from tests.support.xss import PAYLOADS, executable_payloads


def create_payload_content():
    for payload in PAYLOADS:
        make_content(payload)


def test_the_audit_finds_what_a_browser_would_run():
    # The check below is only as good as this: raw payloads are caught, escaped ones are not.
    for payload in PAYLOADS[:5]:
        assert executable_payloads(f"<p>{payload}</p>"), payload
    assert executable_payloads('<a href=" JavaScript:alert(1)">')
    for payload in PAYLOADS:
        escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        assert not executable_payloads(f'<p title="{escaped}">{escaped}</p>'), payload


@pytest.mark.slow
@pytest.mark.django_db
def test_no_page_renders_a_payload(client):
    create_payload_content()
    site = crawl(client, per_view=len(PAYLOADS))
    requests = list(site.urls())
    for name, parameters in site.parameters.items():
        for url in site.pages.get(name, [])[:1]:
            for payload in PAYLOADS:
                query = urlencode(dict.fromkeys(parameters | {"q"}, payload))
                requests.append(f"{url.split('?')[0]}?{query}")
    findings = {}
    for url in requests:
        response = client.get(url)
        if response["Content-Type"].startswith("text/html"):
            found = executable_payloads(response.content.decode())
            if found:
                findings[url] = found
    assert len(requests) > 50
    assert not findings, findings


@pytest.mark.django_db
def test_links_outside_the_web_are_not_stored():
    content = make_content()
    content["article"].refresh_from_db()
    content["partner"].refresh_from_db()
    assert content["article"].source_url == ""
    assert content["partner"].website == ""
    content["partner"].website = "https://www.example.org/"
    content["partner"].save()
    content["partner"].refresh_from_db()
    assert content["partner"].website == "https://www.example.org/"
