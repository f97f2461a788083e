"""Builders for the public page tests: real rows in the real PostgreSQL test database."""

import itertools
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article, ArticleType, Status
from ckm_portal.topics.models import Topic, TopicKind
from partners.models import Partner, PartnerKind, Scope
from projects.models import Project, ProjectStatus

counter = itertools.count(1)


@pytest.fixture(autouse=True)
def empty_cache():
    # The contact form's rate limit counts in the cache; each test starts afresh.
    cache.clear()
    yield
    cache.clear()


def make_topic(name, kind=TopicKind.THEME, **fields):
    fields.setdefault("slug", name.lower().replace(" ", "-"))
    if kind == TopicKind.COUNTRY:
        fields.setdefault("iso_code", name[:2].upper())
    return Topic.objects.create(name=name, kind=kind, **fields)


def make_article(title=None, topics=(), days_ago=1, **fields):
    number = next(counter)
    title = title or f"Artikel {number}"
    fields.setdefault("slug", f"artikel-{number}")
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("published_at", timezone.now() - timedelta(days=days_ago))
    fields.setdefault("article_type", ArticleType.NEWS)
    fields.setdefault("summary", f"Samenvatting van {title}.")
    fields.setdefault("body", f"<p>Tekst van {title}.</p>")
    article = Article.objects.create(title=title, **fields)
    if topics:
        article.topics.add(*topics)
    return article


def make_partner(name=None, topics=(), **fields):
    number = next(counter)
    name = name or f"Organisatie {number}"
    fields.setdefault("slug", f"organisatie-{number}")
    fields.setdefault("kind", PartnerKind.NGO)
    fields.setdefault("scope", Scope.NATIONAL)
    partner = Partner.objects.create(name=name, **fields)
    if topics:
        partner.topics.add(*topics)
    return partner


def make_project(title=None, topics=(), **fields):
    number = next(counter)
    title = title or f"Project {number}"
    fields.setdefault("slug", f"project-{number}")
    fields.setdefault("status", ProjectStatus.RUNNING)
    project = Project.objects.create(title=title, **fields)
    if topics:
        project.topics.add(*topics)
    return project


@pytest.fixture
def voodoo(db):
    return make_topic("Voodoo", name_en="Voodoo", description_nl="Over voodoo-eden.", description_en="On juju oaths.")


@pytest.fixture
def forced_marriage(db):
    return make_topic("Gedwongen huwelijk", name_en="Forced marriage", slug="gedwongen-huwelijk")


@pytest.fixture
def nigeria(db):
    return make_topic("Nigeria", kind=TopicKind.COUNTRY, iso_code="NG", name_en="Nigeria")


@pytest.fixture
def guinea(db):
    return make_topic("Guinee", kind=TopicKind.COUNTRY, iso_code="GN", name_en="Guinea", slug="guinee")
