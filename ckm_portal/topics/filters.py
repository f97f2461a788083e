"""The topic filter every list shares (articles, partners, projects, search)."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ckm_portal.topics.models import Topic, TopicSlugRedirect


class TopicChoiceField(django_filters.fields.ModelChoiceField):
    """A topic by slug or by its Dutch or English name; a country also by ISO code, whatever the case.

    So ``?country=ng``, ``?country=nigeria`` and ``?country=Roemenië`` or ``?country=romania`` all work.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = str(value).strip()
        # Names are at most 100 characters; control characters (NUL bytes included) can match nothing.
        if len(value) > 100 or not value.isprintable():
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        match = self.queryset.filter(
            Q(slug=value.lower()) | Q(iso_code=value.upper()) | Q(name__iexact=value) | Q(name_en__iexact=value)
        ).first()
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


def curated_topics(request):
    """The choices of a topic filter over subjects and countries alike (free keywords left out)."""
    return Topic.objects.public().curated().by_kind()
