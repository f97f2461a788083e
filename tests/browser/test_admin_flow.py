"""The editors' workflow in a real browser: an editor writes and submits, a chief editor publishes."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Article, Status
from ckm_portal.editors import roles
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import make_user
from tests.support.browser import log_in, watch_console

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]

TITLE = "Juju-eed en aangiftebereidheid"


def test_editor_writes_and_submits_chief_editor_publishes(live_server, browser, page, artifacts_dir):
    Topic.objects.create(name="Voodoo", slug="voodoo", kind=TopicKind.THEME)
    make_user("redacteur", roles.EDITOR)
    make_user("hoofdredacteur", roles.CHIEF_EDITOR)
    base_url = live_server.url

    # The editor writes a tagged draft in the rich-text editor and submits it for review.
    errors = watch_console(page)
    log_in(page, base_url, "redacteur")
    page.goto(base_url + "/admin/articles/article/add/")
    page.fill("#id_title", TITLE)
    editor = page.locator(".prose-editor [contenteditable=true]")
    expect(editor).to_be_visible()  # the editor's modules loaded under the CSP
    editor.click()
    page.keyboard.type("Een uitspraak over de ")
    page.keyboard.press("Control+b")
    page.keyboard.type("juju-eed")
    page.keyboard.press("Control+b")
    page.keyboard.type(" bij Nigeriaanse slachtoffers.")
    # Topics are picked from the vocabulary (tests/browser/test_editor_topics.py tries more).
    page.locator(".field-topics .select2-selection").click()
    page.locator(".field-topics .select2-search__field").press_sequentially("vood")
    page.locator(".select2-results__option[role=option]", has_text="Voodoo").click()
    status_options = page.locator("#id_status option").all_inner_texts()
    assert len(status_options) == 2  # draft and in review: an editor cannot pick "published"
    page.select_option("#id_status", "review")
    page.screenshot(path=artifacts_dir / "admin-editor-draft.png", full_page=True)
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()

    article = Article.objects.get(title=TITLE)
    assert article.status == Status.REVIEW
    assert article.slug == "juju-eed-en-aangiftebereidheid"  # prepopulated from the title
    assert "<strong>juju-eed</strong>" in article.body
    assert list(article.topics.values_list("name", "kind")) == [("Voodoo", TopicKind.THEME)]
    assert not Article.objects.published().exists()
    assert errors == [], errors

    # The chief editor publishes it with the bulk action.
    chief = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL").new_page()
    chief_errors = watch_console(chief)
    log_in(chief, base_url, "hoofdredacteur")
    chief.goto(base_url + "/admin/articles/article/?status__exact=review")
    chief.check(f"input[name=_selected_action][value='{article.pk}']")
    chief.select_option("select[name=action]", "publish_selected")
    chief.click("button[name=index]")
    expect(chief.locator(".messagelist .success")).to_contain_text("1")
    assert list(Article.objects.published()) == [article]

    # It is on the public home page, and its page shows the cleaned rich text.
    chief.goto(base_url + "/")
    expect(chief.get_by_role("link", name=TITLE)).to_be_visible()
    chief.get_by_role("link", name=TITLE).first.click()
    expect(chief).to_have_url(re.compile(r"/artikelen/juju-eed-en-aangiftebereidheid/$"))
    expect(chief.locator(".prose strong")).to_have_text("juju-eed")
    chief.screenshot(path=artifacts_dir / "admin-published-article.png", full_page=True)
    assert chief_errors == [], chief_errors
    chief.context.close()
