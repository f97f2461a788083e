"""A reader of a Dutch article follows "Read in English" to its linked translation, in Chromium."""

import pytest

from articles import services
from tests.factories import make_published_article
from tests.support.axe import axe_violations, describe

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]

PHONE = {"width": 375, "height": 740}


def test_read_in_english_opens_the_english_article(live_server, page, browser):
    dutch = make_published_article("Voodoo en de juju-eed", slug="voodoo-en-de-juju-eed")
    english = make_published_article("Voodoo and the juju oath", slug="voodoo-and-the-juju-oath", language="en")
    services.link_translation(dutch, english)
    # A card in the other language carries its mark on the English list.
    make_published_article("Alleen in het Nederlands", slug="alleen-nederlands")

    page.goto(live_server.url + "/artikelen/voodoo-en-de-juju-eed/")
    link = page.get_by_role("link", name="Read in English")
    assert link.get_attribute("hreflang") == "en"
    link.click()

    page.wait_for_url(live_server.url + "/en/artikelen/voodoo-and-the-juju-oath/")
    assert page.locator("h1").inner_text() == "Voodoo and the juju oath"
    assert page.locator("html").get_attribute("lang") == "en"
    back = page.get_by_role("link", name="Lees in het Nederlands")
    assert back.locator("xpath=..").get_attribute("lang") == "nl"

    page.goto(live_server.url + "/en/artikelen/")
    mark = page.locator(".card", has_text="Alleen in het Nederlands").locator(".language-badge")
    assert mark.is_visible()
    # What the eye sees, and the label a screen reader reads instead.
    assert mark.locator('[aria-hidden="true"]').inner_text() == "NL"
    assert mark.locator(".visually-hidden").text_content() == "In Dutch"

    failures = {}
    for path, viewport in [
        ("/artikelen/voodoo-en-de-juju-eed/", None),
        ("/en/artikelen/voodoo-and-the-juju-oath/", None),
        ("/en/artikelen/", None),
        ("/en/artikelen/", PHONE),
    ]:
        violations = axe_violations(browser, live_server.url + path, viewport=viewport)
        if violations:
            failures[f"{path} {viewport or 'desktop'}"] = describe(violations)
    assert failures == {}, "\n".join(f"{path}:\n{summary}" for path, summary in failures.items())
