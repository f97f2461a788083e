"""Query rules written once: the QuerySet methods agree with the models' default ordering."""

import datetime as dt

import pytest

from ckm_portal.topics.models import Topic, TopicKind
from projects.models import Project
from tests.factories import make_project, make_topic

pytestmark = pytest.mark.django_db


def test_projects_newest_start_first_and_undated_last_by_default_as_by_newest_first():
    undated = make_project("Zonder datum")
    old = make_project("Oud", start_date=dt.date(2019, 1, 1))
    new_b = make_project("B nieuw", start_date=dt.date(2024, 1, 1))
    new_a = make_project("A nieuw", start_date=dt.date(2024, 1, 1))
    expected = [new_a, new_b, old, undated]
    assert list(Project.objects.newest_first()) == expected
    assert list(Project.objects.all()) == expected


def test_topics_by_kind_then_name():
    voodoo = make_topic("Voodoo", kind=TopicKind.THEME)
    nigeria = make_topic("Nigeria", kind=TopicKind.COUNTRY)
    labour = make_topic("Arbeidsuitbuiting", kind=TopicKind.THEME)
    ours = Topic.objects.filter(pk__in=[voodoo.pk, nigeria.pk, labour.pk])
    # By the kind's stored value ("country" before "theme"), then by name: not by name alone.
    assert list(ours.by_kind()) == [nigeria, labour, voodoo]
