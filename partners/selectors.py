"""Read-side queries on partners that need projects too (partners stand above projects, never the reverse)."""

from __future__ import annotations

from collections.abc import Collection

from django.db.models import Q, QuerySet

from ckm_portal.topics.models import Topic
from partners.models import Partner
from projects.models import Project


def partners_for_topic(topic: Topic, queryset: QuerySet[Partner] | None = None) -> QuerySet[Partner]:
    """Organisations with expertise on a topic: tagged with it, or partner or funder of a project on it."""
    queryset = Partner.objects.all() if queryset is None else queryset
    projects = Project.objects.for_topic(topic).values("pk")
    return queryset.filter(
        Q(pk__in=Partner.objects.for_topic(topic).values("pk"))
        | Q(pk__in=Project.partners.through.objects.filter(project__in=projects).values("partner"))
        | Q(pk__in=Project.funders.through.objects.filter(project__in=projects).values("partner"))
    )


def partner_expertise(topic_ids: Collection[int]) -> set[tuple[int, int]]:
    """``(partner id, topic id)`` for every partner with expertise on one of these topics, in one query.

    The rule of ``partners_for_topic`` for many topics at once (tests/pages/test_expertise_map.py
    checks that the two agree): tagged with the topic, or partner or funder of a project on it.
    """
    ids = list(topic_ids)
    tagged = Partner.objects.filter(topics__in=ids).values_list("pk", "topics")
    members = Project.partners.through.objects.filter(project__topics__in=ids).values_list("partner", "project__topics")
    funders = Project.funders.through.objects.filter(project__topics__in=ids).values_list("partner", "project__topics")
    # UNION (not ALL) drops a pair that two sources give.
    return set(tagged.order_by().union(members.order_by(), funders.order_by()))


def partner_projects(partner: Partner) -> QuerySet[Project]:
    """The projects a partner took part in or funded, newest first."""
    return Project.objects.filter(Q(partners=partner) | Q(funders=partner)).distinct().newest_first()
