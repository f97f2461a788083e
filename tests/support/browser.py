"""What the browser tests share: Chromium's flags, the server the fixtures hand out, logging in through
the admin's form and listening to the console. The fixtures themselves are in tests/conftest.py."""

from pathlib import Path

from django.test.utils import override_settings
from playwright.sync_api import expect

from tests.factories import PASSWORD

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class PortalServer:
    def __init__(self, url):
        self.url = url
        # pytest-django enables and disables this around each test.
        self._live_server_modified_settings = override_settings()

    def __str__(self):
        return self.url


def watch_console(page):
    """Collect console errors, which is where Chromium reports whatever the CSP refused."""
    errors = []

    def on_console(message):
        # Browsers ask every site for /favicon.ico; the admin pages do not name one.
        if message.type == "error" and not message.location["url"].endswith("/favicon.ico"):
            errors.append(f"{message.text} ({message.location['url']})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def log_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_be_visible()
