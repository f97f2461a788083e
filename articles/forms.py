from django import forms
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorFormField

from articles.models import Article, Status
from articles.services import EDITOR_STATUSES
from ckm_portal.editors.roles import can_publish
from ckm_portal.editors.widgets import TranslatedProseEditorWidget
from ckm_portal.sanitize import clean_html, editor_config
from ckm_portal.topics.forms import TopicsFormMixin


def https_formfield(db_field, **kwargs):
    """Form fields for our forms; URLs typed without a scheme are taken as https (Django 6's default)."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class ECLIField(forms.CharField):
    """An ECLI as typed or imported: spaces around it and lower case are corrected, not refused."""

    def to_python(self, value):
        return super().to_python(value).upper()


def rich_text_field(model, name):
    """The admin's rich-text field: the editor offers what ckm_portal.sanitize allows, and cleans with it."""
    return ProseEditorFormField(
        label=capfirst(model._meta.get_field(name).verbose_name),
        config=editor_config(),
        sanitize=clean_html,
        widget=TranslatedProseEditorWidget,
        required=False,
    )


class ArticleAdminForm(TopicsFormMixin, forms.ModelForm):
    """The article form; ``for_user`` narrows it for editors who may not publish."""

    body = rich_text_field(Article, "body")

    class Meta:
        model = Article
        fields = [
            "title", "slug", "article_type", "language", "summary", "body", "topics", "status", "published_at",
            "source_name", "source_url", "authors", "publication_date", "court", "ecli", "decision_date",
            "publisher", "doi", "isbn",
        ]  # fmt: skip
        formfield_callback = https_formfield
        field_classes = {"ecli": ECLIField}

    user = None

    @classmethod
    def for_user(cls, user):
        return type(cls.__name__, (cls,), {"user": user})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields.get("status")
        if status is not None and not can_publish(self.user):
            # Editors write drafts and submit them; publishing is for chief editors.
            status.choices = [(value, label) for value, label in Status.choices if value in EDITOR_STATUSES]
            status.help_text = _("A chief editor publishes articles that are in review.")

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("status") == Status.PUBLISHED and not cleaned_data.get("published_at"):
            # "Published" without a moment means: now.
            cleaned_data["published_at"] = timezone.now()
        return cleaned_data
