"""The article filters, shared by the article list and the search page's facets."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from articles.models import Article, ArticleType
from ckm_portal.editorial import Language
from ckm_portal.topics.models import Topic, TopicKind, TopicSlugRedirect


class TopicChoiceField(django_filters.fields.ModelChoiceField):
    """A topic by slug; countries also by ISO code, so ``?country=ng`` works as well as ``?country=nigeria``."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = str(value).strip()
        # Slugs and ISO codes are short ASCII; anything else (NUL bytes included) can match nothing.
        if len(value) > 100 or not value.isascii() or not value.isprintable():
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        match = self.queryset.filter(Q(slug=value.lower()) | Q(iso_code=value.upper())).first()
        if match is None:
            # The old slug of a renamed or merged topic, so saved links keep working (two queries, on a miss only).
            moved = TopicSlugRedirect.objects.target(value.lower())
            match = self.queryset.filter(pk=moved.pk).first() if moved else None
        if match is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return match

    def label_from_instance(self, obj):
        return obj.display_name


class TopicFilter(django_filters.ModelChoiceFilter):
    field_class = TopicChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("field_name", "topics")
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(*args, **kwargs)


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
    return Topic.objects.public().curated().exclude(kind=TopicKind.COUNTRY).order_by("kind", "name")


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
