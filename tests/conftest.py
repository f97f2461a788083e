import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test.utils import override_settings

# Registered once for the whole suite: a second registration (a conftest importing
# them) would start a second Playwright in the same session, which it refuses.
pytest_plugins = ["tests.browser.fixtures"]


@pytest.fixture(scope="session", autouse=True)
def collected_static(tmp_path_factory):
    """Collect static files once, so pages render with whitenoise's hashed names as in production."""
    root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(STATIC_ROOT=root):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads of a test go to a folder of their own, never into the checkout."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def fresh_pages(settings):
    """In-process tests render every page (their query counts and contents are of a real render).

    tests/pages/test_page_cache.py switches the visitors' page cache on; servers
    started for browser and load tests run with the production default.
    """
    settings.PAGE_CACHE_SECONDS = 0
    caches["pages"].clear()
    yield
    caches["pages"].clear()
