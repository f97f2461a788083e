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


# Each sort ends on the primary key, so rows that tie (same moment, same title) keep
# one order from page to page.
SORTS = {
    "newest": ("-published_at", "-pk"),
    "oldest": ("published_at", "pk"),
    "title": ("title", "pk"),
}


class ArticleFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("year_from"), cleaned.get("year_to")
        if first is not None and last is not None and first > last:
            # add_error drops both values from cleaned_data: a reversed range filters nothing.
            message = _("The first year comes after the last year.")
            self.add_error("year_from", message)
            self.add_error("year_to", message)
        return cleaned


class ArticleFilterSet(django_filters.FilterSet):
    """Type, topic, country, language, year or range of years of publication, and the sort.

    Invalid values are dropped (``filterset.errors`` says which); the remaining
    filters still apply. Without a queryset it starts from the published articles,
    newest first. Without a ``sort`` the queryset's own order is kept (the API's
    relevance order); ``sortable=False`` leaves the sort out (the search page has its own).
    """

    type = django_filters.ChoiceFilter(
        field_name="article_type", choices=ArticleType.choices, label=_("Type"), empty_label=_("All")
    )
    topic = TopicFilter(queryset=subject_topics, label=_("Topic"))
    country = TopicFilter(queryset=country_topics, label=_("Origin country"))
    language = django_filters.ChoiceFilter(choices=Language.choices, label=_("Language"), empty_label=_("All"))
    year = YearFilter(field_name="published_at", lookup_expr="year", label=_("Year"))
    # Django turns __year__gte / __year__lte into plain date comparisons, so the date index still serves them.
    year_from = YearFilter(field_name="published_at", lookup_expr="year__gte", label=_("From year"))
    year_to = YearFilter(field_name="published_at", lookup_expr="year__lte", label=_("Up to year"))
    sort = django_filters.ChoiceFilter(
        choices=[("newest", _("Newest first")), ("oldest", _("Oldest first")), ("title", _("Title (A to Z)"))],
        label=_("Sort order"),
        empty_label=None,
        method="sort_rows",
    )

    class Meta:
        model = Article
        form = ArticleFilterForm
        fields = ["type", "topic", "country", "language", "year", "year_from", "year_to", "sort"]

    def __init__(self, data=None, queryset=None, *, sortable=True, **kwargs):
        if queryset is None:
            queryset = Article.objects.published().newest_first()
        super().__init__(data, queryset=queryset, **kwargs)
        if not sortable:
            # self.filters is this instance's own copy: the class keeps its sort.
            del self.filters["sort"]

    def sort_rows(self, queryset, name, value):
        return queryset.order_by(*SORTS[value])
