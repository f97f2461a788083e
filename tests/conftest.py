"""Fixtures shared by the whole suite. pytest finds them here: never import a conftest.

Helpers that are not fixtures live in tests/factories.py and tests/support/.
"""

import importlib
import os
import shutil
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import override_settings
from django.utils import translation
from hypothesis import settings as hypothesis_settings
from playwright.sync_api import sync_playwright

from ckm_portal.editors import roles
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import logged_in_client, make_topic, make_user
from tests.support.browser import ARTIFACTS, CHROMIUM_FLAGS, PortalServer
from tests.support.search_corpus import make_corpus, make_topics
from tests.support.servers import gunicorn
from tests.support.shared_rows import SharedRows

# Property tests: no time limit per example (a busy machine is not a failure). Under CI they try the
# same examples every run, so a red build can be replayed; at a desk each run explores new ones.
hypothesis_settings.register_profile("desk", deadline=None)
hypothesis_settings.register_profile("ci", deadline=None, derandomize=True, database=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "desk")

# Playwright's sync API runs an event loop in this thread; the ORM calls the
# tests make around it are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


# A test that asks for one of these fixtures must carry the marker, so `make test-fast` never starts them.
FIXTURES_NEEDING_A_MARKER = {"browser": "browser", "page": "browser", "live_server": "server"}


def uses_fixture(item, name):
    # A parameter of the same name (``page`` of a paginator, say) is not the fixture.
    callspec = getattr(item, "callspec", None)
    return name in getattr(item, "fixturenames", ()) and not (callspec and name in callspec.params)


def pytest_collection_modifyitems(config, items):
    unmarked = [
        f"{item.nodeid} uses the {fixture} fixture without @pytest.mark.{marker}"
        for item in items
        for fixture, marker in FIXTURES_NEEDING_A_MARKER.items()
        if uses_fixture(item, fixture) and item.get_closest_marker(marker) is None
    ]
    if unmarked:
        raise pytest.UsageError("\n".join(unmarked))


@pytest.fixture(scope="session", autouse=True)
def collected_static(tmp_path_factory):
    """Collect static files once, so pages render with whitenoise's hashed names as in production."""
    root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(STATIC_ROOT=root):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database without the 249 countries topics migration 0004 adds: each test makes the
    topics it needs; ``every_country`` below adds them again through the migration itself."""
    with django_db_blocker.unblock():
        Topic.objects.countries().delete()


@pytest.fixture
def add_countries(db):
    """Runs topics migration 0004's own function: adds the ISO 3166-1 countries the vocabulary lacks."""
    migration = importlib.import_module("ckm_portal.topics.migrations.0004_iso_countries")
    return lambda: migration.add_countries(django_apps, SimpleNamespace(connection=connection))


@pytest.fixture
def every_country(add_countries):
    """The vocabulary with all 249 ISO 3166-1 countries, as a migrated database has them."""
    add_countries()


@pytest.fixture(scope="session", autouse=True)
def primary_reads():
    """Tests read from the primary even where DATABASE_REPLICA_URLS is set: a replica's connection
    would not see a test's uncommitted rows. tests/core/test_db_router.py turns replicas on itself."""
    with override_settings(DATABASE_REPLICAS=[], DATABASE_ROUTERS=[]):
        yield


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request under /en/ leaves English active in the thread."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads of a test go to a folder of their own, never into the checkout."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def fresh_pages(settings):
    """In-process tests render every page and run every search (their query counts and contents are real).

    tests/pages/test_page_cache.py and tests/search/test_kept_results.py switch the caches on; servers
    started for browser and load tests run with the production default.
    """
    settings.PAGE_CACHE_SECONDS = 0
    settings.SEARCH_CACHE_SECONDS = 0
    caches["pages"].clear()
    yield
    caches["pages"].clear()


# The two editorial roles, each with a client logged in as them.


@pytest.fixture
def editor(db):
    return make_user("redacteur", roles.EDITOR)


@pytest.fixture
def chief_editor(db):
    return make_user("hoofdredacteur", roles.CHIEF_EDITOR)


@pytest.fixture
def editor_client(editor):
    return logged_in_client(editor)


@pytest.fixture
def chief_client(chief_editor):
    return logged_in_client(chief_editor)


# Single topics for the page tests.


@pytest.fixture
def voodoo(db):
    return make_topic("Voodoo", name_en="Voodoo", description_nl="Over voodoo-eden.", description_en="On juju oaths.")


@pytest.fixture
def forced_marriage(db):
    return make_topic("Gedwongen huwelijk", name_en="Forced marriage", slug="gedwongen-huwelijk")


@pytest.fixture
def nigeria(db):
    return make_topic("Nigeria", kind=TopicKind.COUNTRY, iso_code="NG", name_en="Nigeria")


@pytest.fixture
def guinea(db):
    return make_topic("Guinee", kind=TopicKind.COUNTRY, iso_code="GN", name_en="Guinea", slug="guinee")


# A small fixed corpus in Dutch and English that the search and topic tests read
# (tests/support/search_corpus.toml), built once a module and shared (tests/support/shared_rows.py).

# The fixtures that ask for each shared layer: a test's fixture closure holding one of them says
# which layers to keep for it (a module's own ``topics`` or ``corpus`` fixture asks for none).
SHARED_LAYERS = {"_shared_topics": "topics", "_shared_corpus": "corpus"}


@pytest.fixture(scope="module")
def shared_rows(django_db_blocker):
    rows = SharedRows(django_db_blocker, topics=make_topics, corpus=make_corpus)
    yield rows
    rows.close()


@pytest.fixture
def _shared_rows_prepared(request, shared_rows):
    marker = request.node.get_closest_marker("django_db")
    commits = (marker is not None and marker.kwargs.get("transaction", False)) or any(
        name in request.fixturenames for name in ("transactional_db", "live_server")
    )
    wanted = set() if commits else {SHARED_LAYERS[name] for name in SHARED_LAYERS if name in request.fixturenames}
    if wanted:
        request.getfixturevalue("django_db_setup")  # the test database first: the rows go in there
    shared_rows.prepare(wanted)


@pytest.fixture(autouse=True)
def _django_db_marker(_shared_rows_prepared, _django_db_marker):
    """pytest-django's fixture that opens each test's transaction, made to wait for the shared rows:
    they must be in place (outside that transaction) before it begins."""


@pytest.fixture
def _shared_topics(shared_rows):
    return shared_rows.get("topics")


@pytest.fixture
def _shared_corpus(shared_rows, topics):
    return shared_rows.get("corpus", topics=topics)


@pytest.fixture
def topics(db, _shared_topics):
    """The corpus's six topics by key (forced_marriage, fgm, voodoo, labour, nigeria, romania)."""
    return _shared_topics


@pytest.fixture
def corpus(topics, _shared_corpus):
    """Eight published articles, one draft, one scheduled, by key; two projects, two partners."""
    return _shared_corpus


# Browser tests (tests/browser/, tests/hardening/test_browser.py): Debian's headless Chromium,
# driven by Playwright, against the portal under gunicorn. Defined once for the whole suite: a
# second definition would start a second Playwright in the same session, which it refuses.
#
# ``live_server`` is replaced here by gunicorn serving the test database with DEBUG off, as in
# production, one server per test: flushing the test database between tests gives the content
# types new ids, and a server kept longer would go on joining taggit's topic links on the ids it
# cached before. pytest-django's own live server serves static files through Django's finders,
# which do not know whitenoise's hashed file names, so pages would render without their
# stylesheets and accessibility checks (colour contrast above all) would judge the wrong page.
# Tests that use ``live_server`` still get ``transactional_db`` from pytest-django, so what they
# create is committed and visible to the server. Settings changed inside a test do not reach the
# server: it is another process.


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
