"""The search page on a phone and on a desktop: results before the facets, which fold away on a phone only."""

import pytest
from django.core.management import call_command

from tests.support.axe import axe_violations, describe

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SEARCH = "/zoeken/?q=voodoo"
RESULTS = 'section[aria-labelledby="results-heading"]'


@pytest.fixture
def demo_content(live_server):
    call_command("load_demo", verbosity=0)


@pytest.fixture
def open_page(browser):
    contexts = []

    def open_at(url, viewport, *, javascript=True):
        context = browser.new_context(
            viewport=viewport, locale="nl-NL", is_mobile=viewport == PHONE, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(url)
        page.wait_for_load_state()
        return page

    yield open_at
    for context in contexts:
        context.close()


def box(page, selector):
    found = page.locator(selector).first.bounding_box()
    assert found, f"{selector} is not rendered"
    return found


def is_open(page, selector):
    # The attribute, not the property: reading a property takes JavaScript, which one test turns off.
    return page.locator(selector).first.get_attribute("open") is not None


def test_phone_shows_results_first_and_folds_the_facets(live_server, demo_content, open_page, artifacts_dir):
    page = open_page(live_server.url + SEARCH, PHONE)
    assert page.locator(".search-results > li").count() > 0
    results, facets = box(page, RESULTS), box(page, "aside.facets")
    assert results["y"] + results["height"] <= facets["y"]
    # Folded: the summary shows, the facet links do not, until it is opened.
    assert not is_open(page, "aside.facets details")
    summary = page.locator("aside.facets summary")
    assert summary.is_visible()
    assert not page.locator(".facet-list a").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=artifacts_dir / "search-phone.png", full_page=True)
    summary.click()
    assert page.locator(".facet-list a").first.is_visible()


def test_phone_without_javascript_keeps_the_facets_open_below_the_results(live_server, demo_content, open_page):
    page = open_page(live_server.url + SEARCH, PHONE, javascript=False)
    assert is_open(page, "aside.facets details")
    assert page.locator(".facet-list a").first.is_visible()
    assert box(page, RESULTS)["y"] < box(page, "aside.facets")["y"]


def test_desktop_shows_the_facets_beside_the_results(live_server, demo_content, open_page, artifacts_dir):
    page = open_page(live_server.url + SEARCH, DESKTOP)
    results, facets = box(page, RESULTS), box(page, "aside.facets")
    # Side by side: the facets to the right, starting level with the results.
    assert facets["x"] >= results["x"] + results["width"]
    assert abs(facets["y"] - results["y"]) < 5
    assert is_open(page, "aside.facets details")
    assert not page.locator("aside.facets summary").is_visible()
    assert page.locator(".facet-list a").first.is_visible()
    page.screenshot(path=artifacts_dir / "search-desktop.png", full_page=True)


def test_article_list_folds_its_filters_on_a_phone_only(live_server, demo_content, open_page):
    phone = open_page(live_server.url + "/artikelen/", PHONE)
    assert not is_open(phone, "details.fold")
    assert phone.locator("details.fold summary").is_visible()
    assert not phone.locator("#id_sort").is_visible()
    # The folded filters take one line, so the first article is on the first screen.
    assert box(phone, ".card-list > li")["y"] < PHONE["height"]

    desktop = open_page(live_server.url + "/artikelen/", DESKTOP)
    assert is_open(desktop, "details.fold")
    assert desktop.locator("#id_year_from").is_visible()
    assert not desktop.locator("details.fold summary").is_visible()


def test_widening_the_window_unfolds_the_facets(live_server, demo_content, open_page):
    page = open_page(live_server.url + SEARCH, PHONE)
    assert not is_open(page, "aside.facets details")
    page.set_viewport_size(DESKTOP)
    page.wait_for_function("document.querySelector('aside.facets details').open")
    assert page.locator(".facet-list a").first.is_visible()


def test_axe_finds_no_serious_violations_on_phone_and_desktop(live_server, demo_content, browser):
    for path in (SEARCH, "/en/zoeken/?q=voodoo", "/artikelen/?sort=title&year_from=2000"):
        for viewport in (PHONE, DESKTOP):
            violations = axe_violations(browser, live_server.url + path, viewport=viewport)
            assert violations == [], f"{path} at {viewport['width']}px: {describe(violations)}"
