"""The shared search corpus: built once a module, yet every test finds it as built, whatever the others wrote.

Each test below starts by checking the corpus is untouched and then changes it, in the database and
in its own objects; in whatever order they run, the second one fails if the first one's changes
leaked. The corpus is built once: every test of this module in one process sees the same rows.
"""

import pytest
from django.db import connection

from articles.models import Article, Status
from ckm_portal.topics.models import Topic
from partners.models import Partner
from projects.models import Project
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CORPUS_SIZE = {Article: 10, Project: 2, Partner: 2, Topic: 6}

# The ids each test of this process saw: the same in every test while the corpus is shared.
seen_ids = set()


def assert_as_built(corpus, topics):
    assert {model: model.objects.count() for model in CORPUS_SIZE} == CORPUS_SIZE
    assert corpus["draft"].status == Status.DRAFT
    assert Article.objects.get(pk=corpus["draft"].pk).title == "Voodoo concept"
    assert topics["voodoo"].name == Topic.objects.get(pk=topics["voodoo"].pk).name == "voodoo"
    assert corpus["voodoo_title"].topics.count() == 2
    seen_ids.add(frozenset(article.pk for article in corpus.values()))
    assert len(seen_ids) == 1


def publish_the_draft(corpus, topics):
    Article.objects.filter(pk=corpus["draft"].pk).update(status=Status.PUBLISHED, title="Gewijzigd")
    Topic.objects.filter(slug="voodoo").update(name="gewijzigd")


def change_the_objects(corpus, topics):
    corpus["draft"].status = Status.PUBLISHED
    topics["voodoo"].name = "gewijzigd"


def delete_and_add(corpus, topics):
    Partner.objects.all().delete()
    corpus["voodoo_title"].topics.clear()
    make_article("Nieuw")


@pytest.mark.parametrize("write", [publish_the_draft, change_the_objects, delete_and_add], ids=lambda f: f.__name__)
def test_every_test_finds_the_corpus_as_built(corpus, topics, write):
    assert_as_built(corpus, topics)
    write(corpus, topics)


def test_the_topics_alone_come_without_the_articles(topics):
    assert Topic.objects.count() == len(topics) == 6
    assert not Article.objects.exists() and not Partner.objects.exists()


def test_a_test_without_the_corpus_finds_none_of_it():
    assert not any(model.objects.exists() for model in CORPUS_SIZE)


@pytest.mark.django_db(transaction=True)
def test_a_test_that_commits_gets_a_corpus_of_its_own_committed(corpus, topics):
    # Nothing shared wraps it: what it sees is committed, as a server in another process needs.
    assert not connection.in_atomic_block
    assert {model: model.objects.count() for model in CORPUS_SIZE} == CORPUS_SIZE
