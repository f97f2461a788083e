"""What every editorial model shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EditorialModel(models.Model):
    title_field = "title"

    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return str(getattr(self, self.title_field))


class Language(models.TextChoices):
    DUTCH = "nl", _("Dutch")
    ENGLISH = "en", _("English")
