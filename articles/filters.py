"""The article filters, shared by the article list and the search page's facets."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from articles.models import Article, ArticleType
from ckm_portal.core.editorial import Language
from ckm_portal.topics.filters import TopicFilter
from ckm_portal.topics.models import Topic, TopicKind


class YearInput(forms.NumberInput):
    def format_value(self, value):
        # A hand-made ?year=abc is shown as an empty field beside its error message:
        # echoed into value="abc" it would make the page invalid HTML.
        value = super().format_value(value)
        return value if value is not None and value.removeprefix("-").isdigit() else None


class YearFilter(django_filters.NumberFilter):
    # Whole years within reason: a year like 99999 would overflow the date range.
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2100)
        kwargs.setdefault("widget", YearInput)
        super().__init__(*args, **kwargs)


def subject_topics(request):
    return Topic.objects.public().curated().exclude(kind=TopicKind.COUNTRY).by_kind()


def country_topics(request):
    return Topic.objects.public().countries().order_by("name")


class ArticleFilterSet(django_filters.FilterSet):
    """Type, topic, country, language and year of publication.

    Invalid values are dropped (``filterset.errors`` says which); the remaining
    filters still apply. Without a queryset it starts from the published articles.
    """

    type = django_filters.ChoiceFilter(
        field_name="article_type", choices=ArticleType.choices, label=_("Type"), empty_label=_("All")
    )
    topic = TopicFilter(queryset=subject_topics, label=_("Topic"))
    country = TopicFilter(queryset=country_topics, label=_("Origin country"))
    language = django_filters.ChoiceFilter(choices=Language.choices, label=_("Language"), empty_label=_("All"))
    year = YearFilter(field_name="published_at", lookup_expr="year", label=_("Year"))

    class Meta:
        model = Article
        fields = ["type", "topic", "country", "language", "year"]

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = Article.objects.published()
        super().__init__(data, queryset=queryset, **kwargs)
