"""Users in the two editorial roles, and articles to work on. Import the fixtures into a test module or conftest."""

import itertools

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
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


def logged_in_client(user):
    # A client of its own per role, so one test can act as both.
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(editor):
    return logged_in_client(editor)


@pytest.fixture
def chief_client(chief_editor):
    return logged_in_client(chief_editor)
