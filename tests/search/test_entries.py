"""The search entries follow the articles on every write path, since database triggers keep them."""

import pytest
from django.utils import timezone

from articles.models import Article, ArticleType, Status
from ckm_portal.search.models import ArticleEntry
from tests.factories import make_article, make_published_article, make_topic

pytestmark = pytest.mark.django_db


def entry(article):
    return ArticleEntry.objects.filter(pk=article.pk).first()


def test_only_published_articles_have_an_entry():
    published = make_published_article("Kinderhandel")
    draft = make_article("Concept")
    assert entry(published).article_type == ArticleType.NEWS
    assert entry(draft) is None


def test_queryset_update_and_delete_reach_the_entries():
    article = make_published_article("Kinderhandel")
    Article.objects.filter(pk=article.pk).update(article_type=ArticleType.RESEARCH)
    assert entry(article).article_type == ArticleType.RESEARCH
    Article.objects.filter(pk=article.pk).update(status=Status.ARCHIVED)
    assert entry(article) is None
    Article.objects.filter(pk=article.pk).update(status=Status.PUBLISHED)
    assert entry(article) is not None
    article.delete()
    assert not ArticleEntry.objects.exists()


def test_bulk_create_makes_entries():
    moment = timezone.now()
    Article.objects.bulk_create(
        Article(title=f"Bulk {number}", slug=f"bulk-{number}", status=Status.PUBLISHED, published_at=moment)
        for number in range(3)
    )
    assert ArticleEntry.objects.count() == 3
    assert ArticleEntry.objects.filter(document="bulk").count() == 3


def test_entry_follows_title_summary_and_topics():
    topic = make_topic("Voodoo")
    article = make_published_article("Kinderhandel", summary="Over loverboys.")
    assert ArticleEntry.objects.filter(rank_vector="loverboys").exists()
    article.topics.add(topic)
    assert entry(article).topic_ids == [topic.pk]
    article.summary = "Over uitbuiting."
    article.save()
    assert not ArticleEntry.objects.filter(rank_vector="loverboys").exists()
    # Topic names are matched through the entry's search vector, never ranked as title words.
    assert ArticleEntry.objects.filter(document="voodoo").exists()
    assert not ArticleEntry.objects.filter(rank_vector="voodoo").exists()
