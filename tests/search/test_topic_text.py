"""topic_text (and an article's topic_ids) follow tag and topic changes, so search finds and counts rows by topic."""

import pytest

from articles.models import Article, Status
from ckm_portal.search.query import parse
from ckm_portal.topics.models import TaggedTopic, Topic, TopicKind
from tests.factories import make_article, make_project

pytestmark = pytest.mark.django_db


def stored(obj):
    return type(obj).objects.values_list("topic_text", flat=True).get(pk=obj.pk)


def stored_ids(article):
    return Article.objects.values_list("topic_ids", flat=True).get(pk=article.pk)


def finds(text, article):
    return Article.objects.filter(parse(text).match(), pk=article.pk).exists()


def test_adding_and_removing_tags(topics):
    article = make_article("Zonder woorden", slug="a", status=Status.PUBLISHED, days_ago=30)
    assert stored(article) == "" and stored_ids(article) == []
    article.topics.add(topics["voodoo"], topics["nigeria"])
    assert "voodoo" in stored(article) and "Nigeria" in stored(article)
    assert stored_ids(article) == sorted([topics["voodoo"].pk, topics["nigeria"].pk])
    # The instance in memory follows.
    assert (article.topic_text, article.topic_ids) == (stored(article), stored_ids(article))
    assert finds("juju", article)
    article.topics.remove(topics["voodoo"])
    assert "voodoo" not in stored(article) and stored_ids(article) == [topics["nigeria"].pk]
    assert not finds("juju", article)
    article.topics.clear()
    assert stored(article) == "" and stored_ids(article) == []


def test_direct_link_edits(topics):
    project = make_project("Project", slug="p")
    link = TaggedTopic.objects.create(content_object=project, tag=topics["fgm"])
    assert "FGM" in stored(project)
    link.delete()
    assert stored(project) == ""


def test_renaming_a_topic_and_editing_aliases_updates_every_tagged_row(topics):
    articles = [
        make_article("Tekst", slug=f"a{number}", status=Status.PUBLISHED, days_ago=30, topics=[topics["voodoo"]])
        for number in range(3)
    ]
    other = make_article("Tekst", slug="other", status=Status.PUBLISHED, days_ago=30, topics=[topics["fgm"]])
    topic = topics["voodoo"]
    topic.aliases = ["winti", "juju"]
    topic.save()
    assert all("winti" in stored(article) for article in articles)
    assert "winti" not in stored(other)
    assert finds("winti", articles[0])


def test_saving_a_stale_instance_keeps_the_current_text(topics):
    article = make_article("Tekst", slug="a", status=Status.PUBLISHED, days_ago=30)
    stale = Article.objects.get(pk=article.pk)
    article.topics.add(topics["voodoo"])
    stale.title = "Nieuwe titel"
    stale.save()
    assert "voodoo" in stored(article) and stored_ids(article) == [topics["voodoo"].pk]


def test_deleting_a_topic_refreshes_its_rows_in_one_go(topics, django_assert_max_num_queries):
    keyword = Topic.objects.create(name="mensenhandelaar", slug="mensenhandelaar", kind=TopicKind.KEYWORD)
    articles = [
        make_article(
            "Tekst", slug=f"a{number}", status=Status.PUBLISHED, days_ago=30, topics=[keyword, topics["nigeria"]]
        )
        for number in range(20)
    ]
    # No query per tagged row: the links' own delete signals are skipped for a topic being deleted.
    with django_assert_max_num_queries(12):
        keyword.delete()
    assert all(stored(article) == "Nigeria Nigeria " for article in articles)
    assert all(stored_ids(article) == [topics["nigeria"].pk] for article in articles)
