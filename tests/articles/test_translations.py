"""Linked translations: the service keeps the link symmetric, the admin refuses bad links with a message,
the public pages link a public translation (hreflang and "Read in English") and cards show their language."""

import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from articles import services
from articles.models import Article, Status
from tests.factories import make_article, make_published_article
from tests.support.admin_forms import article_form_data, autocomplete_texts

pytestmark = pytest.mark.django_db


def partner_of(article):
    return Article.objects.values_list("translation_id", flat=True).get(pk=article.pk)


def links():
    """Every link, as {article pk: translation pk}."""
    return dict(Article.objects.exclude(translation=None).values_list("pk", "translation_id"))


def alternates(html):
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)


# The service


def test_linking_sets_both_sides():
    dutch, english = make_article("Voodoo"), make_article("Voodoo (en)", language="en")

    services.link_translation(dutch, english)

    assert links() == {dutch.pk: english.pk, english.pk: dutch.pk}


def test_relinking_clears_the_earlier_partners_of_both_articles():
    dutch, english = make_article("NL 1"), make_article("EN 1", language="en")
    other_dutch, other_english = make_article("NL 2"), make_article("EN 2", language="en")
    services.link_translation(dutch, english)
    services.link_translation(other_dutch, other_english)

    # The Dutch article takes the other English one: its old partner and the other Dutch one are left alone.
    services.link_translation(Article.objects.get(pk=dutch.pk), Article.objects.get(pk=other_english.pk))

    assert links() == {dutch.pk: other_english.pk, other_english.pk: dutch.pk}


def test_unlinking_clears_both_sides():
    dutch, english = make_article("NL"), make_article("EN", language="en")
    services.link_translation(dutch, english)

    services.unlink_translation(Article.objects.get(pk=english.pk))

    assert links() == {}


def test_a_save_through_the_service_repairs_a_link_set_from_the_other_side():
    # A history restore (or any save) that changes the field goes through save_article, which writes the other side.
    dutch, english = make_article("NL"), make_article("EN", language="en")
    english.translation = dutch
    services.save_article(english, services.SYSTEM)
    assert partner_of(dutch) == english.pk


def test_the_service_refuses_the_article_itself_and_the_same_language():
    dutch, other_dutch = make_article("NL 1"), make_article("NL 2")
    with pytest.raises(ValidationError, match="eigen vertaling"):
        services.link_translation(dutch, dutch)
    with pytest.raises(ValidationError, match="dezelfde taal"):
        services.link_translation(dutch, other_dutch)
    assert links() == {}


def test_an_editor_may_link_drafts_but_not_touch_a_published_article(editor, chief_editor):
    draft, english_draft = make_article("Concept"), make_article("Draft", language="en", status=Status.REVIEW)
    published = make_published_article("Published", language="en")

    services.link_translation(draft, english_draft, editor)
    assert links() == {draft.pk: english_draft.pk, english_draft.pk: draft.pk}

    with pytest.raises(PermissionDenied, match="Published"):
        services.link_translation(Article.objects.get(pk=draft.pk), published, editor)
    assert partner_of(published) is None

    services.link_translation(Article.objects.get(pk=draft.pk), published, chief_editor)
    assert links() == {draft.pk: published.pk, published.pk: draft.pk}

    # Unlinking writes to the published partner too.
    with pytest.raises(PermissionDenied):
        services.unlink_translation(Article.objects.get(pk=draft.pk), editor)
    assert partner_of(published) == draft.pk


# The admin


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_the_chief_editor_links_a_translation_in_the_admin(chief_client):
    dutch, english = make_article("Voodoo"), make_article("Voodoo in English", language="en")

    response = chief_client.post(change_url(dutch), article_form_data(dutch, translation=english.pk))

    assert response.status_code == 302
    assert links() == {dutch.pk: english.pk, english.pk: dutch.pk}
    # Cleared from the other side's form, both sides go.
    english.refresh_from_db()
    chief_client.post(change_url(english), article_form_data(english, translation=""))
    assert links() == {}


def test_the_admin_relinks_to_an_article_that_has_a_partner_already(chief_client):
    dutch, english = make_article("NL 1"), make_article("EN 1", language="en")
    other_dutch = make_article("NL 2")
    services.link_translation(dutch, english)

    response = chief_client.post(change_url(other_dutch), article_form_data(other_dutch, translation=english.pk))

    assert response.status_code == 302
    assert links() == {other_dutch.pk: english.pk, english.pk: other_dutch.pk}


@pytest.mark.parametrize(
    ("choice", "message"),
    [("self", "kan niet zijn eigen vertaling zijn"), ("same", "is in dezelfde taal als dit artikel")],
)
def test_the_admin_form_refuses_itself_and_the_same_language(chief_client, choice, message):
    dutch, other_dutch = make_article("Voodoo"), make_article("Juju")
    chosen = dutch if choice == "self" else other_dutch

    response = chief_client.post(change_url(dutch), article_form_data(dutch, translation=chosen.pk))

    assert response.status_code == 200
    assert message in str(response.context["adminform"].form.errors["translation"])
    assert links() == {}


def test_the_admin_form_refuses_a_language_change_that_leaves_both_in_one_language(chief_client):
    dutch, english = make_article("Voodoo"), make_article("Voodoo in English", language="en")
    services.link_translation(dutch, english)
    dutch.refresh_from_db()

    response = chief_client.post(change_url(dutch), article_form_data(dutch, language="en", translation=english.pk))

    assert "is in dezelfde taal" in str(response.context["adminform"].form.errors["translation"])


def test_an_editor_gets_a_message_not_an_error_page_for_a_published_translation(editor_client):
    draft = make_article("Concept")
    published = make_published_article("Published in English", language="en")

    response = editor_client.post(change_url(draft), article_form_data(draft, translation=published.pk))

    assert response.status_code == 200
    assert "Alleen een hoofdredacteur" in str(response.context["adminform"].form.errors["translation"])
    assert links() == {}


def test_the_autocomplete_offers_the_other_language_without_the_article_itself(editor_client):
    dutch = make_article("Voodoo nl")
    make_article("Voodoo ander nl")
    english = make_article("Voodoo en", language="en")

    def offered(**extra):
        return set(autocomplete_texts(editor_client, "articles.article.translation", "voodoo", **extra))

    assert offered(translation_of=dutch.pk) == {"Voodoo en"}
    assert offered(translation_of=english.pk) == {"Voodoo nl", "Voodoo ander nl"}
    # A new article (no id yet) and a bad id are offered everything.
    assert offered() == offered(translation_of="x") == {"Voodoo nl", "Voodoo ander nl", "Voodoo en"}
    # The change form asks the autocomplete for its own article.
    form = editor_client.get(change_url(dutch)).text
    assert f"translation_of={dutch.pk}" in form
