"""An editor tags an article in a real browser: topics are picked from the vocabulary, never typed into being.

The topics field is the admin's autocomplete (select2, under the site's CSP):
a few letters offer the topic, an alias offers the topic it stands for, and a
typo offers nothing to create. Afterwards the public site is as it was.
"""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Article, Status
from ckm_portal.editors import roles
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import make_published_article, make_user
from tests.support.browser import log_in, watch_console

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]


TITLE = "Gedwongen rituelen in de prostitutie"


def vocabulary():
    voodoo = Topic.objects.create(name="Voodoo", name_en="Voodoo", slug="voodoo", kind=TopicKind.THEME)
    # Something public to find, so a search for the typo has a suggestion that finds more.
    make_published_article("Voodoo-eed bij uitbuiting", topics=[voodoo])
    Topic.objects.create(
        name="Meisjesbesnijdenis",
        name_en="Female genital mutilation",
        slug="meisjesbesnijdenis",
        kind=TopicKind.THEME,
        aliases=["FGM"],
    )
    Topic.objects.create(name="Nigeria", slug="nigeria", kind=TopicKind.COUNTRY, iso_code="NG")
    Topic.objects.create(name="Horeca", slug="horeca", kind=TopicKind.SECTOR)


def public_view(page, base_url):
    """What a visitor sees of the vocabulary: the topic index, and a search for the typo (facets, suggestion)."""
    page.goto(base_url + "/onderwerpen/")
    index = page.locator("main").inner_text()
    page.goto(base_url + "/zoeken/?q=vodoo")
    search = page.locator("main").inner_text()
    return index, search


def pick(page, field, term):
    """Type ``term`` into the autocomplete ``field`` and return the options it offers (the locator)."""
    field.locator(".select2-selection").click()
    search = page.locator(".field-topics .select2-search__field")
    search.fill("")
    search.press_sequentially(term)
    return page.locator(".select2-results__option[role=option]")


def test_an_editor_picks_topics_and_cannot_create_one(live_server, browser, page, artifacts_dir):
    vocabulary()
    make_user("redacteur", roles.EDITOR)
    base_url = live_server.url
    topics_before = sorted(Topic.objects.values_list("pk", "name", "slug", "approved"))
    index_before, search_before = public_view(page, base_url)
    assert "Voodoo" in index_before
    assert "voodoo" in search_before  # the suggestion for the typo

    errors = watch_console(page)
    log_in(page, base_url, "redacteur")
    page.goto(base_url + "/admin/articles/article/add/")
    page.fill("#id_title", TITLE)
    field = page.locator(".field-topics")
    expect(field.locator(".select2-selection")).to_be_visible()  # select2 started under the CSP

    # A few letters offer Voodoo, under its kind.
    options = pick(page, field, "vood")
    expect(options).to_have_text(["Voodoo"])
    expect(page.locator(".select2-results__group")).to_have_text(["Thema"])
    options.first.click()

    # The alias offers the topic it stands for.
    options = pick(page, field, "FGM")
    expect(options).to_have_text(["Meisjesbesnijdenis (Female genital mutilation)"])
    page.screenshot(path=artifacts_dir / "admin-topics-alias.png", full_page=True)
    page.keyboard.press("Enter")

    # A new word offers nothing, so nothing can be created.
    options = pick(page, field, "Vodoo")
    expect(page.locator(".select2-results__message")).to_be_visible()
    expect(options).to_have_count(0)
    page.keyboard.press("Escape")

    expect(field.locator(".select2-selection__choice")).to_have_count(2)
    expect(field.locator(".select2-selection__choice").nth(0)).to_contain_text("Voodoo")
    expect(field.locator(".select2-selection__choice").nth(1)).to_contain_text("Meisjesbesnijdenis")
    page.screenshot(path=artifacts_dir / "admin-topics-picked.png", full_page=True)
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/admin/articles/article/$"))

    article = Article.objects.get(title=TITLE)
    assert article.status == Status.DRAFT
    assert sorted(article.topics.values_list("slug", flat=True)) == ["meisjesbesnijdenis", "voodoo"]
    assert sorted(Topic.objects.values_list("pk", "name", "slug", "approved")) == topics_before
    assert errors == [], errors

    # The public topic index, the search facets and the suggestion are as they were.
    visitor = browser.new_context(locale="nl-NL").new_page()
    assert public_view(visitor, base_url) == (index_before, search_before)
    visitor.context.close()
