"""Browser tests: Debian's headless Chromium, driven by Playwright, against the portal under gunicorn.

``live_server`` is replaced here by gunicorn serving the test database with DEBUG
off, as in production, one server per test: flushing the test database between
tests gives the content types new ids, and a server kept longer would go on
joining taggit's topic links on the ids it cached before. pytest-django's own live server serves static files
through Django's finders, which do not know whitenoise's hashed file names, so
pages would render without their stylesheets and accessibility checks (colour
contrast above all) would judge the wrong page. Tests that use ``live_server``
still get ``transactional_db`` from pytest-django, so what they create is
committed and visible to the server. Settings changed inside a test do not
reach the server: it is another process.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.test.utils import override_settings
from playwright.sync_api import sync_playwright

from tests.servers import gunicorn

# Playwright's sync API runs an event loop in this thread; the ORM calls the
# tests make around it are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"
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


@pytest.fixture
def live_server(django_db_setup, collected_static, transactional_db):
    with gunicorn(collected_static) as url:
        yield PortalServer(url)


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    assert executable, "Debian's chromium is missing: `make test` installs it (apt-get install chromium)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts_dir():
    """Screenshots and other test artefacts, kept after the run (git-ignored)."""
    path = ARTIFACTS / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path
