"""What every editorial model shares."""

from typing import Any, ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _

from ckm_portal.core.sanitize import clean_html
from ckm_portal.core.slug_urls import slug_url


def clean_rich_text_fields(instance: models.Model) -> None:
    """Reduce the model's ``rich_text_fields`` to the allowlist; its save calls this (EditorialModel, Topic)."""
    for name in getattr(instance, "rich_text_fields", ()):
        setattr(instance, name, clean_html(getattr(instance, name)))


class EditorialModel(models.Model):
    title_field = "title"
    #: The fields that hold rich text: stored reduced to the allowlist whatever route they came by (admin,
    #: demo content, import, shell), and edited with the rich-text editor in the admin (ckm_portal.editors.forms).
    rich_text_fields: ClassVar[tuple[str, ...]] = ()

    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return str(getattr(self, self.title_field))

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.normalise()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        """The public page: the URL named ``detail`` in the app's namespace, by slug ("projects:detail")."""
        return slug_url(f"{self._meta.app_label}:detail", self.slug)

    def normalise(self) -> None:
        """Bring the values to their stored form; ``save()`` calls it, and bulk writes (which skip ``save()``) too."""
        clean_rich_text_fields(self)


class Language(models.TextChoices):
    DUTCH = "nl", _("Dutch")
    ENGLISH = "en", _("English")
