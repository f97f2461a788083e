import datetime as dt

import pytest
from django.utils import timezone

from articles.models import ArticleType, KeyDocument, Status
from tests.factories import make_article, make_partner, make_project, make_published_article

pytestmark = pytest.mark.django_db


def pin(topic, *articles):
    for position, article in enumerate(articles, start=1):
        KeyDocument.objects.create(topic=topic, article=article, position=position)


def test_dossier_shows_introduction_then_key_documents_then_the_topic_material(client, voodoo):
    voodoo.introduction_nl = "<p>Inleiding over de juju-eed.</p>"
    voodoo.introduction_en = "<p>An introduction to the juju oath.</p>"
    voodoo.save()
    ruling = make_published_article("Een uitspraak", topics=[voodoo], article_type=ArticleType.CASE_LAW, days_ago=2)
    study = make_published_article("Een onderzoek", topics=[voodoo], article_type=ArticleType.RESEARCH, days_ago=9)
    pin(voodoo, study, ruling)  # the chief editor's order: neither the newest nor the first made comes first
    make_project("Terugkeer", topics=[voodoo])
    make_partner("Fier", topics=[voodoo])

    dutch = client.get("/onderwerpen/voodoo/").text
    assert "Inleiding over de juju-eed." in dutch
    assert "An introduction" not in dutch
    key_documents = dutch[dutch.index('id="key-documents-heading"') : dutch.index('id="latest-heading"')]
    assert key_documents.index("Een onderzoek") < key_documents.index("Een uitspraak")
    assert "Rechtspraak ·" in key_documents  # the type, then the date
    assert dutch.index("Inleiding over") < dutch.index('id="key-documents-heading"') < dutch.index("Terugkeer")
    assert "Fier" in dutch

    english = client.get("/en/onderwerpen/voodoo/").text
    assert "An introduction to the juju oath." in english
    assert "Inleiding over" not in english
    assert "Key documents" in english


def test_english_page_falls_back_to_the_dutch_introduction_marked_as_dutch(client, voodoo):
    voodoo.introduction_nl = "<p>Alleen in het Nederlands.</p>"
    voodoo.save()
    english = client.get("/en/onderwerpen/voodoo/").text
    assert '<div class="prose" lang="nl"><p>Alleen in het Nederlands.</p>' in english
    assert '<div class="prose"><p>Alleen in het Nederlands.</p>' in client.get("/onderwerpen/voodoo/").text


def test_key_documents_only_public_ones(client, voodoo):
    public = make_published_article("Openbaar", topics=[voodoo])
    draft = make_article("Een concept", topics=[voodoo], status=Status.DRAFT)
    scheduled = make_published_article("Nog niet", published_at=timezone.now() + dt.timedelta(days=3))
    archived = make_published_article("Gearchiveerd", status=Status.ARCHIVED)
    pin(voodoo, draft, scheduled, archived, public)

    response = client.get("/onderwerpen/voodoo/")
    assert [article.title for article in response.context["key_documents"]] == ["Openbaar"]
    for hidden in ("Een concept", "Nog niet", "Gearchiveerd"):
        assert hidden not in response.text


def test_a_topic_without_introduction_or_key_documents_is_no_dossier(client, voodoo):
    make_published_article("Gewoon nieuws", topics=[voodoo])
    text = client.get("/onderwerpen/voodoo/").text
    assert 'id="introduction-heading"' not in text
    assert 'id="key-documents-heading"' not in text
    assert "Gewoon nieuws" in text


def test_dossier_query_count_is_bounded(queries_do_not_grow, voodoo):
    voodoo.introduction_nl = "<p>Inleiding.</p>"
    voodoo.save()
    pin(voodoo, make_published_article(topics=[voodoo]))

    def six_key_documents_with_topics_and_more_articles():
        KeyDocument.objects.filter(topic=voodoo).delete()
        pin(voodoo, *(make_published_article(topics=[voodoo], article_type=kind) for kind in ArticleType.values[:6]))
        for _ in range(5):
            make_published_article(topics=[voodoo])

    response = queries_do_not_grow(
        "/onderwerpen/voodoo/", at_most=13, grow=six_key_documents_with_topics_and_more_articles
    )
    assert len(response.context["key_documents"]) == 6


def test_rich_text_introduction_is_cleaned_on_save(voodoo):
    voodoo.introduction_nl = '<p>Tekst<script>alert("x")</script></p><p onclick="x()">Meer</p>'
    voodoo.introduction_en = "<p></p>"
    voodoo.save()
    voodoo.refresh_from_db()
    assert "script" not in voodoo.introduction_nl
    assert "alert" not in voodoo.introduction_nl
    assert "onclick" not in voodoo.introduction_nl
    assert "<p>Meer</p>" in voodoo.introduction_nl
    assert voodoo.introduction_en == ""
