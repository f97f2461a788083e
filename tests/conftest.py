"""Fixtures shared by the whole suite. pytest finds them here: never import a conftest.

Helpers that are not fixtures live in tests/factories.py and tests/support/.
"""

import os
import shutil

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test.utils import override_settings
from django.utils import translation
from playwright.sync_api import sync_playwright

from articles.models import ArticleType, Status
from ckm_portal.editors import roles
from ckm_portal.topics.models import TopicKind
from partners.models import PartnerKind, Scope
from tests.factories import logged_in_client, make_article, make_partner, make_project, make_topic, make_user
from tests.support.browser import ARTIFACTS, CHROMIUM_FLAGS, PortalServer
from tests.support.servers import gunicorn

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
    """In-process tests render every page (their query counts and contents are of a real render).

    tests/pages/test_page_cache.py switches the visitors' page cache on; servers
    started for browser and load tests run with the production default.
    """
    settings.PAGE_CACHE_SECONDS = 0
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


# A small fixed corpus in Dutch and English that the search and topic tests read.


@pytest.fixture
def topics(db):
    return {
        "forced_marriage": make_topic(
            "gedwongen huwelijk",
            TopicKind.EXPLOITATION,
            name_en="forced marriage",
            slug="gedwongen-huwelijk",
            aliases=["huwelijksdwang"],
        ),
        "fgm": make_topic(
            "meisjesbesnijdenis",
            name_en="female genital mutilation",
            aliases=["FGM", "vrouwelijke genitale verminking"],
        ),
        "voodoo": make_topic("voodoo", name_en="voodoo", aliases=["juju"]),
        "labour": make_topic("arbeidsuitbuiting", TopicKind.EXPLOITATION, name_en="labour exploitation"),
        "nigeria": make_topic("Nigeria", TopicKind.COUNTRY, name_en="Nigeria", slug="nigeria", iso_code="NG"),
        "romania": make_topic("Roemenië", TopicKind.COUNTRY, name_en="Romania", slug="roemenie", iso_code="RO"),
    }


def _published(title, slug, days_ago, **fields):
    return make_article(title, slug=slug, status=Status.PUBLISHED, days_ago=days_ago, **fields)


@pytest.fixture
def corpus(topics):
    """Eight published articles, one draft, one scheduled; two projects, two partners."""
    t = topics
    articles = {
        "marriage_nl": _published(
            "Gedwongen huwelijken in Nederland",
            "gedwongen-huwelijken",
            400,
            summary="Hulpverleners zien steeds meer meisjes die tegen hun wil trouwen.",
            body="<p>Een <strong>huwelijk</strong> onder dwang is strafbaar.</p>",
            topics=[t["forced_marriage"]],
        ),
        "marriage_tagged_only": _published(
            "Uithuwelijking van minderjarigen",
            "uithuwelijking-nigeria",
            10,
            summary="Een meisje uit Nigeria vertelt.",
            body="Zij werd op haar vijftiende beloofd aan een oudere man.",
            topics=[t["forced_marriage"], t["nigeria"]],
            article_type=ArticleType.BACKGROUND,
        ),
        "marriage_en": _published(
            "Forced marriages in the United Kingdom",
            "forced-marriage-uk",
            20,
            language="en",
            summary="A report on marriages forced upon young women.",
            body="The Forced Marriage Unit gives advice.",
            article_type=ArticleType.RESEARCH,
        ),
        "fgm_nl": _published(
            "Besnijdenis bij meisjes voorkomen",
            "besnijdenis-voorkomen",
            50,
            summary="Preventie in de jeugdgezondheidszorg.",
            body="Artsen signaleren risico's.",
            topics=[t["fgm"]],
            article_type=ArticleType.BACKGROUND,
        ),
        "voodoo_title": _published(
            "Voodoo-eed houdt slachtoffers stil",
            "voodoo-eed",
            5,
            summary="Slachtoffers uit Nigeria zwijgen uit angst.",
            body="Een ritueel bindt hen aan de schuld.",
            topics=[t["voodoo"], t["nigeria"]],
            article_type=ArticleType.CASE_LAW,
        ),
        "voodoo_body": _published(
            "Uitbuiting in de prostitutie",
            "uitbuiting-in-de-prostitutie",
            3,
            summary="Een overzicht van zaken uit 2019.",
            body="In twee zaken speelde een voodoo ritueel een rol bij de dwang.",
            topics=[t["nigeria"]],
        ),
        "romania": _published(
            "Arbeidsuitbuiting van werknemers uit Roemenië",
            "roemeense-slachtoffers",
            100,
            summary="Uitzendbureaus en de land- en tuinbouw.",
            body="Slachtoffers werkten in kassen.",
            topics=[t["labour"], t["romania"]],
        ),
        "labour_en": _published(
            "Labour exploitation in logistics",
            "labour-exploitation-en",
            800,
            language="en",
            summary="Distribution centres and temp agencies.",
            body="Workers from Romania reported debts.",
            topics=[t["labour"], t["romania"]],
        ),
        "draft": make_article(
            "Voodoo concept",
            slug="concept-voodoo",
            status=Status.DRAFT,
            days_ago=30,
            topics=[t["voodoo"]],
            body="voodoo",
        ),
        "scheduled": _published("Voodoo in de toekomst", "toekomstig-voodoo", -5, topics=[t["voodoo"]]),
    }
    make_project(
        "Terugkeer naar Nigeria",
        slug="terugkeer-nigeria",
        summary="Begeleiding bij terugkeer van slachtoffers.",
        topics=[t["nigeria"]],
    )
    make_project("E-learning", slug="e-learning", summary="Cursus signaleren van mensenhandel.")
    make_partner(
        "FairWork",
        slug="fairwork",
        kind=PartnerKind.NGO,
        scope=Scope.NATIONAL,
        description_nl="Komt op voor slachtoffers van arbeidsuitbuiting.",
        description_en="Stands up for victims of labour exploitation.",
        topics=[t["labour"]],
    )
    make_partner("Terre des Hommes", slug="terre-des-hommes", kind=PartnerKind.NGO, scope=Scope.INTERNATIONAL)
    return articles


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
