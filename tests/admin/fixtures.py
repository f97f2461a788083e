"""Users in the two editorial roles, and articles to work on. Import the fixtures into a test module or conftest."""

import itertools

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import Article, Status
from ckm_portal.editors import roles

PASSWORD = "correct-horse-battery-staple-42"
_numbers = itertools.count(1)


def make_user(username, role=None, **extra):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, **extra)
    if role:
        roles.assign(user, role)
    return user


def make_article(**fields):
    number = next(_numbers)
    fields.setdefault("title", f"Artikel {number}")
    fields.setdefault("slug", f"artikel-{number}")
    if fields.get("status") == Status.PUBLISHED:
        fields.setdefault("published_at", timezone.now() - timezone.timedelta(hours=1))
    topics = fields.pop("topics", [])
    article = Article.objects.create(**fields)
    if topics:
        article.topics.add(*topics)
    return article


@pytest.fixture
def editor(db):
    return make_user("redacteur", roles.EDITOR)


@pytest.fixture
def chief_editor(db):
    return make_user("hoofdredacteur", roles.CHIEF_EDITOR)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def chief_client(client, chief_editor):
    client.force_login(chief_editor)
    return client
