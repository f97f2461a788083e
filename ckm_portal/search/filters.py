"""The article filters over search entries, which hold their topics as ids rather than through the tag table."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from articles.filters import ArticleFilterSet, country_topics, subject_topics
from ckm_portal.search.models import ArticleEntry
from ckm_portal.topics.filters import TopicFilter
from ckm_portal.topics.models import Topic


class TopicIdFilter(TopicFilter):
    """A topic, matched against the entry's copy of its topic ids (the array's containment, no join)."""

    def filter(self, qs: QuerySet[Any], value: Topic | None) -> QuerySet[Any]:
        return qs if value is None else qs.filter(topic_ids__contains=[value.pk])


class EntryFilterSet(ArticleFilterSet):
    """The search page's filters: the article list's, over ``ArticleEntry`` rows (same field names), unsorted."""

    topic = TopicIdFilter(queryset=subject_topics, label=_("Topic"))
    country = TopicIdFilter(queryset=country_topics, label=_("Origin country"))

    def __init__(self, data: QueryDict | None, queryset: QuerySet[ArticleEntry]) -> None:
        super().__init__(data, queryset=queryset, sortable=False)
