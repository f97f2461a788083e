"""The topics field of the admin forms: picked from the vocabulary, never typed into being.

Articles, projects and partners share it. The choices come from the admin's
autocomplete view (``ckm_portal.topics.autocomplete``), which offers approved
topics only; a value that is not one of them is a validation error, so a typo
or an alias can never create a topic.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from ckm_portal.topics.models import Topic

TOPICS_HELP = _(
    "Type a few letters of a name, an alias or a country code (Dutch or English) and pick the topic. "
    "A topic that is missing is added by a chief editor under Topics."
)


def topic_label(topic):
    """How a topic reads among the choices: the Dutch name, with the English one when it differs."""
    if topic.name_en and topic.name_en != topic.name:
        return f"{topic.name} ({topic.name_en})"
    return topic.name


class TopicAutocomplete(AutocompleteSelectMultiple):
    def optgroups(self, name, value, attr=None):
        # A refused entry posted back (a typed name rather than an id) cannot be looked up; show the valid ones.
        return super().optgroups(name, [item for item in value if str(item).isdigit()], attr)


class TopicChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, topic):
        return topic_label(topic)

    def clean(self, value):
        # An empty entry (what the old text field posted for "none") means no topic, not a bad choice.
        if isinstance(value, list | tuple):
            value = [item for item in value if item != ""]
        return super().clean(value)


def topics_field(model, instance=None):
    """The topics field of ``model``'s admin form; ``instance`` keeps its current links.

    Only approved topics can be chosen, except those the object already has: an
    unapproved keyword stays linked on save until a chief editor approves or merges it.
    """
    model_field = model._meta.get_field("topics")
    choices = Q(approved=True)
    if instance is not None and instance.pk:
        choices |= Q(pk__in=instance.topics.values("pk"))
    # Built per form, not per class: the widget picks select2's language when it is made.
    widget = TopicAutocomplete(model_field, admin.site, attrs={"data-width": "100%"})
    return TopicChoiceField(
        queryset=Topic.objects.filter(choices),
        widget=widget,
        required=not model_field.blank,
        label=capfirst(model_field.verbose_name),
        help_text=TOPICS_HELP,
    )


class TopicsFormMixin:
    """For a ModelForm with a ``topics`` field: make it the autocomplete over the vocabulary."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "topics" in self.fields:
            self.fields["topics"] = topics_field(self._meta.model, self.instance)
