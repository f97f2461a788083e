"""The topic admin as a dossier: the introduction in the rich-text editor, the key documents as an inline."""

import pytest
from django.urls import reverse

from articles.models import KeyDocument
from ckm_portal.topics.models import Topic
from tests.factories import make_published_article
from tests.support.admin_forms import autocomplete_texts

pytestmark = pytest.mark.django_db


def topic_form_data(topic, key_documents=(), existing=0, **changes):
    """What the topic's change form posts: its fields and the key documents inline (article pk, position)."""
    data = {
        "name": topic.name,
        "name_en": topic.name_en,
        "slug": topic.slug,
        "kind": topic.kind,
        "iso_code": topic.iso_code,
        "approved": "on",
        "description_nl": topic.description_nl,
        "description_en": topic.description_en,
        "introduction_nl": topic.introduction_nl,
        "introduction_en": topic.introduction_en,
        "aliases": "",
        "key_documents-TOTAL_FORMS": str(len(key_documents)),
        "key_documents-INITIAL_FORMS": str(existing),
        "key_documents-MIN_NUM_FORMS": "0",
        "key_documents-MAX_NUM_FORMS": "6",
    }
    for number, (article, position) in enumerate(key_documents):
        data[f"key_documents-{number}-article"] = str(article.pk)
        data[f"key_documents-{number}-position"] = str(position)
        data[f"key_documents-{number}-topic"] = str(topic.pk)
    data.update(changes)
    return data


def change_url(topic):
    return reverse("admin:topics_topic_change", args=[topic.pk])


def test_chief_editor_gets_the_rich_text_editor_and_the_key_documents_inline(chief_client, voodoo):
    response = chief_client.get(change_url(voodoo))
    assert response.status_code == 200
    assert 'name="key_documents-TOTAL_FORMS"' in response.text
    # The article is picked with an autocomplete, the introduction in the editor, whose import map has the nonce.
    assert 'data-model-name="keydocument" data-field-name="article"' in response.text
    assert 'name="introduction_nl"' in response.text
    assert "django-prose-editor" in response.text
    policy = response["Content-Security-Policy"]
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert f'<script type="importmap" nonce="{nonce}">' in response.text


def test_chief_editor_pins_key_documents_and_the_introduction_is_cleaned(chief_client, voodoo):
    first, second = make_published_article("Eerste"), make_published_article("Tweede")
    data = topic_form_data(
        voodoo,
        key_documents=[(second, 1), (first, 2)],
        introduction_nl='<p>Inleiding</p><script>alert("x")</script>',
        introduction_en="<p>Introduction</p>",
    )
    response = chief_client.post(change_url(voodoo), data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    voodoo.refresh_from_db()
    assert voodoo.introduction_nl == "<p>Inleiding</p>"
    assert voodoo.introduction_en == "<p>Introduction</p>"
    assert list(KeyDocument.objects.filter(topic=voodoo).values_list("article__title", "position")) == [
        ("Tweede", 1),
        ("Eerste", 2),
    ]


def test_at_most_six_key_documents(chief_client, voodoo):
    articles = [make_published_article() for _ in range(7)]
    data = topic_form_data(voodoo, key_documents=[(article, n) for n, article in enumerate(articles)])
    response = chief_client.post(change_url(voodoo), data)
    assert response.status_code == 200
    assert "6" in str(response.context["inline_admin_formsets"][0].formset.non_form_errors())
    assert not KeyDocument.objects.exists()


def test_the_article_autocomplete_answers_chief_editors(chief_client, voodoo):
    make_published_article("Juju-eed in de rechtszaal")
    offered = autocomplete_texts(chief_client, "articles.keydocument.article", "juju")
    assert offered == ["Juju-eed in de rechtszaal"]


def test_editors_see_the_key_documents_but_cannot_change_them(editor_client, voodoo):
    article = make_published_article("Vastgezet stuk")
    KeyDocument.objects.create(topic=voodoo, article=article, position=1)
    response = editor_client.get(change_url(voodoo))
    assert response.status_code == 200
    assert "Vastgezet stuk" in response.text
    assert 'name="key_documents-0-article"' not in response.text
    assert 'name="introduction_nl"' not in response.text

    other = make_published_article("Ander stuk")
    data = topic_form_data(voodoo, key_documents=[(other, 1)], introduction_nl="<p>Van een redacteur</p>")
    assert editor_client.post(change_url(voodoo), data).status_code == 403
    assert list(KeyDocument.objects.values_list("article", flat=True)) == [article.pk]
    assert Topic.objects.get(pk=voodoo.pk).introduction_nl == ""
