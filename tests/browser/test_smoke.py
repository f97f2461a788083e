import pytest

from ckm_portal.topics.models import Topic

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]


def test_home_page_renders_styled_in_chromium(live_server, page, artifacts_dir):
    Topic.objects.create(name="Voodoo", slug="voodoo", kind="theme")
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(live_server.url + "/")
    assert page.locator("h1").is_visible()
    assert "Voodoo" in page.content()
    # The stylesheet loaded under the strict CSP: the header has its colour.
    header_colour = page.eval_on_selector(".site-header", "el => getComputedStyle(el).backgroundColor")
    assert header_colour == "rgb(107, 29, 79)"
    assert errors == []
    page.screenshot(path=artifacts_dir / "home-smoke.png", full_page=True)
