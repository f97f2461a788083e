"""The voodoo dossier in Chromium, in Dutch and in English (axe-core clean), and a chief editor making one."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from ckm_portal.editors import roles
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import make_published_article, make_user
from tests.support.axe import axe_violations, describe
from tests.support.browser import log_in, watch_console

# Chromium, and gunicorn serving the test database.
pytestmark = [pytest.mark.browser, pytest.mark.server]

PHONE = {"width": 390, "height": 844}

# (prefix, introduction heading, a sentence of the introduction, key documents heading)
LANGUAGES = {
    "nl": ("", "Inleiding", "Vrouwen en meisjes uit Nigeria", "Kerndocumenten"),
    "en": ("/en", "Introduction", "Women and girls from Nigeria", "Key documents"),
}
KEY_DOCUMENTS = [
    "Voodoo en de juju-eed: wat professionals moeten weten",
    "Bound by an oath: juju and the willingness of Nigerian victims to report",
    "Rechtbank Gelderland: Nigeriaanse vrouwen met juju-eed in de prostitutie uitgebuit",
    "Juju, fear and trust: working with victims from Nigeria",
]


@pytest.fixture
def demo_content(live_server):
    call_command("load_demo", verbosity=0)


@pytest.mark.usefixtures("demo_content")
@pytest.mark.parametrize("language", ["nl", "en"])
def test_voodoo_dossier(live_server, page, browser, artifacts_dir, language):
    prefix, introduction_heading, sentence, key_documents_heading = LANGUAGES[language]
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(f"{live_server.url}{prefix}/onderwerpen/voodoo/")

    assert page.get_by_role("heading", name=introduction_heading, exact=True).is_visible()
    assert page.locator(".dossier-introduction").get_by_text(sentence).is_visible()
    key_documents = page.get_by_role("region", name=key_documents_heading).get_by_role("link")
    assert key_documents.all_inner_texts() == KEY_DOCUMENTS
    # The introduction comes first, the key documents next, then the latest articles.
    tops = [page.locator(selector).bounding_box()["y"] for selector in (".dossier-introduction", ".key-documents")]
    assert tops[0] < tops[1] < page.locator("#latest-heading").bounding_box()["y"]
    page.screenshot(path=artifacts_dir / f"dossier-voodoo-{language}.png", full_page=True)

    key_documents.first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == KEY_DOCUMENTS[0]
    assert errors == []

    url = f"{live_server.url}{prefix}/onderwerpen/voodoo/"
    violations = axe_violations(browser, url) + axe_violations(browser, url, viewport=PHONE)
    assert violations == [], describe(violations)


def test_chief_editor_writes_an_introduction_and_pins_a_key_document(live_server, page):
    voodoo = Topic.objects.create(name="Voodoo", slug="voodoo", kind=TopicKind.THEME)
    make_published_article("Juju-eed in de rechtszaal", topics=[voodoo])
    make_user("hoofdredacteur", roles.CHIEF_EDITOR)
    errors = watch_console(page)
    log_in(page, live_server.url, "hoofdredacteur")
    page.goto(f"{live_server.url}/admin/topics/topic/{voodoo.pk}/change/")

    editor = page.locator(".field-introduction_nl .prose-editor [contenteditable=true]")
    expect(editor).to_be_visible()  # the editor's modules loaded under the CSP, on the topic form too
    editor.click()
    page.keyboard.type("Een inleiding over de juju-eed.")
    page.locator(".add-row a").click()
    page.locator("#key_documents-0 .field-article .select2-selection").click()
    page.locator(".select2-search__field").press_sequentially("juju")
    page.locator(".select2-results__option[role=option]", has_text="Juju-eed in de rechtszaal").click()
    page.fill("#id_key_documents-0-position", "1")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert errors == [], errors

    page.goto(f"{live_server.url}/onderwerpen/voodoo/")
    assert page.locator(".dossier-introduction").inner_text().endswith("Een inleiding over de juju-eed.")
    assert page.locator(".key-documents a").all_inner_texts() == ["Juju-eed in de rechtszaal"]
