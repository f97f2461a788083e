"""The admin in the editor's language, in Chromium: the rich-text toolbar and dialogs, and a list that fits.

The toolbar's labels are set by JavaScript (static/editors/prose_editor_i18n.js), so only a
browser sees them; tests/admin/test_dutch_admin.py checks the server-rendered pages.
"""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Status
from ckm_portal.editors import roles
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import make_article, make_user
from tests.support.browser import log_in, watch_console

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]

ENGLISH_TOOLBAR = {"bold", "italic", "paragraph", "heading 2", "insert link", "Insert table", "undo"}


def open_article_form(browser, base_url, locale, username="redacteur"):
    page = browser.new_context(viewport={"width": 1280, "height": 900}, locale=locale).new_page()
    page.set_default_timeout(15_000)
    errors = watch_console(page)
    log_in(page, base_url, username)
    page.goto(base_url + "/admin/articles/article/add/")
    expect(page.locator(".prose-editor [contenteditable=true]")).to_be_visible()
    return page, errors


def toolbar_titles(page):
    return set(page.locator(".prose-menubar [title]").evaluate_all("(nodes) => nodes.map((n) => n.title)"))


def block_type_items(page):
    page.locator(".prose-menubar__selected").first.click()
    items = page.locator(".prose-menubar__picker:popover-open .prose-menubar__option").all_inner_texts()
    page.keyboard.press("Escape")
    return [item.strip() for item in items]


def dialog_texts(page):
    dialog = page.locator("dialog[open]")
    expect(dialog).to_be_visible()
    return {
        "title": dialog.locator(".prose-editor-dialog-title").inner_text(),
        "labels": dialog.locator("label").all_inner_texts(),
        "buttons": dialog.locator("button").all_inner_texts(),
        "options": dialog.locator("option").all_inner_texts(),
    }


def test_the_editor_speaks_dutch_to_a_dutch_editor(live_server, browser):
    make_user("redacteur", roles.EDITOR)
    page, errors = open_article_form(browser, live_server.url, "nl-NL")
    assert page.locator("html").get_attribute("lang") == "nl"

    titles = toolbar_titles(page)
    assert {"vet", "cursief", "link invoegen", "Tabel invoegen", "ongedaan maken"} <= titles
    assert not titles & ENGLISH_TOOLBAR, titles & ENGLISH_TOOLBAR
    assert {"Alinea", "Kop 2", "Kop 3"} <= set(block_type_items(page))

    # The link dialog: select a word, press "link invoegen".
    page.locator(".prose-editor [contenteditable=true]").click()
    page.keyboard.type("bron")
    page.keyboard.press("Shift+Home")
    link_button = page.locator(".prose-menubar [title='link invoegen']")
    # The editor reads the selection on the browser's selectionchange, which comes after the key press:
    # until then the button is disabled and a click does nothing.
    expect(link_button).not_to_have_class(re.compile(r"\bdisabled\b"))
    link_button.click()
    link = dialog_texts(page)
    assert link["title"] == "Link bewerken"
    assert {"URL", "Titel"} <= {label.strip() for label in link["labels"]}
    assert {"Bijwerken", "Annuleren"} <= set(link["buttons"])
    page.locator("dialog[open] button", has_text="Annuleren").click()

    # The table dialog; its Yes/No choice is translated and still works.
    page.locator(".prose-menubar [title='Tabel invoegen']").click()
    table = dialog_texts(page)
    assert table["title"] == "Tabeleigenschappen"
    assert {"Rijen", "Kolommen", "Met kopregel"} <= {label.strip() for label in table["labels"]}
    assert table["options"] == ["Ja", "Nee"]
    page.locator("dialog[open] select").select_option(label="Ja")
    page.locator("dialog[open] button", has_text="Tabel invoegen").click()
    expect(page.locator(".prose-editor [contenteditable=true] table th").first).to_be_visible()
    assert errors == [], errors  # nothing refused by the CSP
    page.context.close()


def test_the_editor_stays_english_for_an_english_editor(live_server, browser):
    make_user("redacteur", roles.EDITOR)
    page, errors = open_article_form(browser, live_server.url, "en-GB")
    assert page.locator("html").get_attribute("lang") == "en"
    assert {"bold", "italic", "insert link", "Insert table"} <= toolbar_titles(page)
    assert {"Paragraph", "Heading 2"} <= set(block_type_items(page))
    assert errors == [], errors
    page.context.close()


@pytest.mark.parametrize("username,role", [("hoofdredacteur", roles.CHIEF_EDITOR), ("redacteur", roles.EDITOR)])
def test_the_article_list_fits_a_1280_pixel_screen(live_server, browser, artifacts_dir, username, role):
    make_user(username, role)
    topics = [
        Topic.objects.create(name=name, slug=slug, kind=TopicKind.THEME)
        for name, slug in [
            ("Gedwongen huwelijk", "gedwongen-huwelijk"),
            ("Meisjesbesnijdenis", "meisjesbesnijdenis"),
            ("Prostitutiebeleid", "prostitutiebeleid"),
            ("Zorg en trauma", "zorg-en-trauma"),
        ]
    ]
    for status in [Status.PUBLISHED, Status.REVIEW, Status.DRAFT]:
        make_article(
            title="Uitspraak van de rechtbank over mensenhandel en de juju-eed bij Nigeriaanse slachtoffers",
            status=status,
            topics=topics,
        )
    page = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL").new_page()
    log_in(page, live_server.url, username)
    page.goto(live_server.url + "/admin/articles/article/")
    table, results = page.locator("#result_list"), page.locator("#changelist-form .results")
    expect(table).to_be_visible()
    page.screenshot(path=artifacts_dir / f"admin-article-list-1280-{username}.png")
    table_width = table.evaluate("(node) => node.getBoundingClientRect().width")
    container_width = results.evaluate("(node) => node.clientWidth")
    assert table_width <= container_width, (table_width, container_width)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.context.close()


def test_the_history_pages_are_dutch_and_load_under_the_csp(live_server, browser, artifacts_dir):
    chief = make_user("hoofdredacteur", roles.CHIEF_EDITOR)
    article = make_article(title="Oude titel", status=Status.REVIEW, created_by=chief)
    article.title, article.status, article._history_user = "Nieuwe titel", Status.PUBLISHED, chief
    article.published_at = article.created_at
    article.save()
    page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL").new_page()
    errors = watch_console(page)
    log_in(page, live_server.url, "hoofdredacteur")
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/history/")
    headers = page.locator("#change-history thead th").all_inner_texts()
    assert "GEWIJZIGD DOOR" in headers, headers  # the admin writes column titles in capitals
    expect(page.locator("#change-history")).to_contain_text("Ter beoordeling → Gepubliceerd")
    page.screenshot(path=artifacts_dir / "admin-history-nl.png", full_page=True)

    page.locator("#change-history tbody tr a").last.click()  # the oldest version
    expect(page.locator("input[name=_save]").first).to_have_value("Terugzetten")
    expect(page.locator(".datetimeshortcuts a").first).to_be_visible()
    titles = page.locator(".datetimeshortcuts [title]").evaluate_all("(nodes) => nodes.map((node) => node.title)")
    assert {"Kies een datum", "Kies een tijdstip"} <= set(titles), titles
    expect(page.locator(".prose-editor [contenteditable=true]")).to_be_visible()
    page.screenshot(path=artifacts_dir / "admin-history-version-nl.png", full_page=True)
    assert errors == [], errors
    page.context.close()
