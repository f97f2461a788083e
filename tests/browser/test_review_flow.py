"""The review inbox in a real browser: an editor submits, a chief editor sends it back with a note."""

import pytest
from playwright.sync_api import expect

from articles.models import Article, Status
from ckm_portal.editors import roles
from tests.factories import make_user
from tests.support.browser import log_in, watch_console

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]

TITLE = "Gedwongen huwelijk en de terugkeer naar Guinee"
NOTE = "Noem de bron van de cijfers in de tweede alinea."


def test_submit_send_back_with_a_note_and_the_editor_sees_it(live_server, browser, page, artifacts_dir):
    editor = make_user("redacteur", roles.EDITOR)
    make_user("hoofdredacteur", roles.CHIEF_EDITOR)
    article = Article.objects.create(title=TITLE, slug="gedwongen-huwelijk-guinee", created_by=editor)
    base_url = live_server.url

    # The editor finds the draft in their inbox and submits it from the form.
    errors = watch_console(page)
    log_in(page, base_url, "redacteur")
    page.goto(base_url + "/admin/")
    expect(page.locator("#inbox-mine_draft")).to_contain_text(TITLE)
    page.locator("#inbox-mine_draft").get_by_role("link", name=TITLE).click()
    page.select_option("#id_status", "review")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    article.refresh_from_db()
    assert (article.status, article.submitted_by) == (Status.REVIEW, editor)

    # The chief editor sees it waiting on the admin index and sends it back with a note.
    chief = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL").new_page()
    chief_errors = watch_console(chief)
    log_in(chief, base_url, "hoofdredacteur")
    chief.goto(base_url + "/admin/")
    waiting = chief.locator("#inbox-review")
    expect(waiting).to_contain_text(TITLE)
    expect(waiting).to_contain_text("aangeboden door redacteur")
    chief.screenshot(path=artifacts_dir / "admin-review-inbox.png", full_page=True)
    waiting.get_by_role("link", name=TITLE).click()
    chief.get_by_role("link", name="Terugsturen naar concept").click()
    chief.click("input[type=submit]")  # without a note: refused, the form again
    expect(chief.locator(".errorlist")).to_be_visible()
    chief.fill("#id_note", NOTE)
    chief.click("input[type=submit]")
    expect(chief.locator(".messagelist .success")).to_contain_text(TITLE)
    expect(chief.locator("#inbox-review")).not_to_contain_text(TITLE)
    article.refresh_from_db()
    assert (article.status, article.review_note) == (Status.DRAFT, NOTE)
    assert chief_errors == [], chief_errors
    chief.context.close()

    # The editor sees the note in the inbox and on top of the form.
    page.goto(base_url + "/admin/")
    returned = page.locator("#inbox-returned")
    expect(returned).to_contain_text(TITLE)
    expect(returned).to_contain_text(NOTE)
    returned.get_by_role("link", name=TITLE).click()
    expect(page.locator("#review-note")).to_contain_text(NOTE)
    expect(page.locator("#review-note")).to_contain_text("hoofdredacteur")
    page.screenshot(path=artifacts_dir / "admin-review-note.png", full_page=True)
    assert errors == [], errors
