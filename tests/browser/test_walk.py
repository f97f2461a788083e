"""A professional's walk through the public pages, in Dutch and in English, and axe-core on every page type."""

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.utils import translation

from articles.models import Article
from ckm_portal.topics.models import Topic
from partners.models import Partner
from partners.selectors import partners_for_topic
from projects.models import Project
from tests.support.axe import axe_violations, describe

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]


PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo_content(live_server):
    call_command("load_demo", verbosity=0)


def console_errors(page):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def walkable_article_paths(language):
    """Voodoo articles tagged with a country on whose page a partner organisation in a project is listed."""
    countries = [
        country
        for country in Topic.objects.countries()
        if partners_for_topic(country).filter(Q(projects__isnull=False) | Q(funded_projects__isnull=False)).exists()
    ]
    articles = Article.objects.published().for_topic(Topic.objects.get(slug="voodoo")).filter(topics__in=countries)
    with translation.override(language):
        return {article.get_absolute_url() for article in articles}


BOXES = "elements => elements.map(element => element.getBoundingClientRect().toJSON())"


def follow(page, locator):
    href = locator.get_attribute("href")
    locator.click()
    page.wait_for_load_state()
    return href


@pytest.mark.parametrize("language", ["nl", "en"])
def test_walk_home_topic_article_country_partner_project(live_server, demo_content, page, artifacts_dir, language):
    errors = console_errors(page)
    prefix = "/en" if language == "en" else ""
    shots = artifacts_dir / language
    shots.mkdir(exist_ok=True)

    page.goto(f"{live_server.url}{prefix}/")
    assert page.get_attribute("html", "lang") == language
    page.screenshot(path=shots / "home.png", full_page=True)

    follow(page, page.locator(f'main a[href="{prefix}/onderwerpen/voodoo/"]').first)
    assert page.url == f"{live_server.url}{prefix}/onderwerpen/voodoo/"
    with translation.override(language):
        assert page.locator("h1").inner_text() == Topic.objects.get(slug="voodoo").display_name
    page.screenshot(path=shots / "topic.png", full_page=True)

    candidates = walkable_article_paths(language)
    links = page.locator('section[aria-labelledby="latest-heading"] a[href*="/artikelen/"]')
    article_links = [link for link in links.all() if link.get_attribute("href") in candidates]
    assert article_links, "the voodoo page lists no article whose country has a partner in a project"
    follow(page, article_links[0])
    assert "/artikelen/" in page.url
    assert page.locator(".prose").count() == 1
    # The details keep a readable value column beside long labels ("Published by the source").
    value_widths = [box["width"] for box in page.locator(".meta-list dd").evaluate_all(BOXES)]
    label_widths = [box["width"] for box in page.locator(".meta-list dt").evaluate_all(BOXES)]
    assert min(value_widths) >= 0.6 * max(label_widths), (value_widths, label_widths)
    page.screenshot(path=shots / "article.png", full_page=True)

    # Back on the topic's country: its page lists the partners with that expertise.
    country_links = page.locator('.article-meta a[href*="/landen/"]')
    for index in range(country_links.count()):
        href = country_links.nth(index).get_attribute("href")
        slug = href.rstrip("/").rsplit("/", 1)[-1]
        partners = partners_for_topic(Topic.objects.get(slug=slug))
        if partners.filter(Q(projects__isnull=False) | Q(funded_projects__isnull=False)).exists():
            follow(page, country_links.nth(index))
            break
    assert "/landen/" in page.url
    page.screenshot(path=shots / "country.png", full_page=True)

    partner_links = page.locator('section[aria-labelledby="partners-heading"] a[href*="/partners/"]')
    for index in range(partner_links.count()):
        slug = partner_links.nth(index).get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
        partner = Partner.objects.get(slug=slug)
        if partner.projects.exists() or partner.funded_projects.exists():
            follow(page, partner_links.nth(index))
            break
    assert "/partners/" in page.url
    page.screenshot(path=shots / "partner.png", full_page=True)

    follow(page, page.locator('section[aria-labelledby="projects-heading"] a[href*="/projecten/"]').first)
    assert "/projecten/" in page.url
    assert page.get_attribute("html", "lang") == language
    page.screenshot(path=shots / "project.png", full_page=True)

    # The language switcher keeps the reader on the same page.
    other = "nl" if language == "en" else "en"
    project_path = page.url.removeprefix(live_server.url).removeprefix("/en")
    follow(page, page.locator(f'.language-switcher a[hreflang="{other}"]'))
    assert page.url == live_server.url + ("/en" if other == "en" else "") + project_path
    assert page.get_attribute("html", "lang") == other
    assert errors == []


def test_phone_and_print_layouts(live_server, demo_content, browser, artifacts_dir):
    with translation.override("nl"):
        article_path = Article.objects.published().exclude(body="").first().get_absolute_url()
    context = browser.new_context(viewport=PHONE, locale="nl-NL", is_mobile=True)
    try:
        page = context.new_page()
        for name, path in [("home", "/"), ("article", article_path), ("articles", "/artikelen/")]:
            page.goto(live_server.url + path)
            # Nothing wider than the phone's screen.
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
            page.screenshot(path=artifacts_dir / f"phone-{name}.png", full_page=True)
        page.goto(live_server.url + article_path)
        page.emulate_media(media="print")
        assert not page.locator(".site-header").is_visible()
        assert page.locator(".prose").is_visible()
        page.screenshot(path=artifacts_dir / "print-article.png", full_page=True)
    finally:
        context.close()


def page_types():
    """One page of every type, by its Dutch path (the test adds /en for the English one)."""
    article = Article.objects.published().exclude(topics=None).first()
    topic = Topic.objects.get(slug="voodoo")
    country = Topic.objects.countries().filter(slug="nigeria").first() or Topic.objects.countries().first()
    partner = Partner.objects.exclude(topics=None).first()
    project = Project.objects.exclude(partners=None).first()
    return {
        "home": "/",
        "article-list": "/artikelen/?topic=voodoo",
        "article-list-bad-filter": "/artikelen/?type=nonsense",
        "article": article.get_absolute_url(),
        "topic-index": "/onderwerpen/",
        "topic": topic.get_absolute_url(),
        "country-index": "/landen/",
        "country": country.get_absolute_url(),
        "partner-list": "/partners/",
        "partner": partner.get_absolute_url(),
        "project-list": "/projecten/?status=running",
        "project": project.get_absolute_url(),
        "about": "/over-het-ckm/",
        "api-documentation": "/api/",
        "contact": "/contact/",
        "contact-thanks": "/contact/bedankt/",
    }


def test_axe_finds_no_serious_or_critical_violations(live_server, demo_content, browser, artifacts_dir):
    failures = {}
    with translation.override("nl"):
        paths = page_types()
    for name, path in paths.items():
        for prefix in ("", "/en"):
            violations = axe_violations(browser, live_server.url + prefix + path)
            if violations:
                failures[f"{name} {prefix}{path}"] = describe(violations)
    # The narrow layout too: the menu and filters reflow there.
    for path in ("/", "/artikelen/"):
        violations = axe_violations(browser, live_server.url + path, viewport=PHONE)
        if violations:
            failures[f"phone {path}"] = describe(violations)
    assert failures == {}, "\n".join(f"{path}:\n{summary}" for path, summary in failures.items())
