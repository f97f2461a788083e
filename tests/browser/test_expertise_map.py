"""The expertise map in Chromium on the demo content: a wide table on a desktop, a scrolling region on a phone."""

import pytest
from django.core.management import call_command

from tests.support.axe import axe_violations, describe

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo_content(live_server):
    call_command("load_demo", verbosity=0)


def test_desktop_cell_links_lead_to_the_filtered_list(live_server, demo_content, page, artifacts_dir):
    page.goto(f"{live_server.url}/expertise/")
    table = page.locator("table.expertise-map")
    assert table.locator("caption").inner_text() == "Thema's per herkomstland"
    assert table.locator('thead th[scope="col"]').count() > 2
    assert table.locator('tbody th[scope="row"]').count() > 2
    page.screenshot(path=artifacts_dir / "expertise-desktop.png", full_page=True)

    # A cell's partners fold open without JavaScript and link to the organisations.
    partners = page.locator("details.cell-partners").first
    partners.locator("summary").click()
    assert partners.locator("a").first.is_visible()

    link = page.locator("a.cell-articles").first
    counted = link.inner_text()
    href = link.get_attribute("href")
    assert href.startswith("/artikelen/?topic=") and "&country=" in href
    link.click()
    page.wait_for_load_state()
    assert page.url == live_server.url + href
    # The list shows exactly the articles the cell counted ("3 artikelen" both).
    assert page.locator("#results-heading").inner_text() == counted


def test_phone_scrolls_the_table_not_the_page(live_server, demo_content, browser, artifacts_dir):
    context = browser.new_context(viewport=PHONE, locale="nl-NL", is_mobile=True)
    try:
        page = context.new_page()
        for path in ("/expertise/", "/en/expertise/"):
            page.goto(live_server.url + path)
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
            region = page.locator('.table-scroll[role="region"]')
            assert region.get_attribute("tabindex") == "0"
            assert region.get_attribute("aria-label")
            # The table is wider than the phone and scrolls inside its region.
            assert region.evaluate("element => element.scrollWidth > element.clientWidth"), path
        page.screenshot(path=artifacts_dir / "expertise-phone.png", full_page=True)
        # The keyboard reaches the region and scrolls it (Chromium scrolls smoothly: wait for it).
        region.focus()
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")
        page.wait_for_function("() => document.querySelector('.table-scroll').scrollLeft > 0", timeout=5_000)
    finally:
        context.close()


def test_axe_finds_no_serious_or_critical_violations(live_server, demo_content, browser):
    failures = {}
    for path in ("/expertise/", "/en/expertise/"):
        for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            violations = axe_violations(browser, live_server.url + path, viewport=viewport)
            if violations:
                failures[f"{name} {path}"] = describe(violations)
    assert failures == {}, "\n".join(f"{path}:\n{summary}" for path, summary in failures.items())
