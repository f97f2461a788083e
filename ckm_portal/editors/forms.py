"""Form helpers every editorial admin form shares (articles, partners, projects)."""

from django import forms
from django.db import models
from django.utils.text import capfirst
from django_prose_editor.fields import ProseEditorFormField

from ckm_portal.core.sanitize import clean_html, editor_config
from ckm_portal.editors.widgets import TranslatedProseEditorWidget


def https_formfield(db_field, **kwargs):
    """Form fields for our forms; URLs typed without a scheme are taken as https (Django 6's default)."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


def editorial_formfield(db_field, **kwargs):
    """The editorial forms' fields: the model's ``rich_text_fields`` get the rich-text editor, URLs assume https."""
    if db_field.name in getattr(db_field.model, "rich_text_fields", ()):
        return rich_text_formfield(db_field)
    return https_formfield(db_field, **kwargs)


class EditorialAdminForm(forms.ModelForm):
    """The base of the editorial admin forms; a subclass's ``Meta`` inherits this one."""

    class Meta:
        formfield_callback = editorial_formfield


def rich_text_formfield(db_field):
    """The admin's rich-text field: the editor offers what ckm_portal.core.sanitize allows, and cleans with it."""
    return ProseEditorFormField(
        label=capfirst(db_field.verbose_name),
        config=editor_config(),
        sanitize=clean_html,
        widget=TranslatedProseEditorWidget,
        required=False,
    )
