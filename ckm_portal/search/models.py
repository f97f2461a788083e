from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchWord(models.Model):
    """Frequent title words, for "did you mean" (refreshed by ``manage.py refresh_search_words``).

    Topic names and aliases are read live from the topic table; this keeps the
    words editors actually use in titles, which no topic names.
    """

    word = models.CharField(_("word"), max_length=100, unique=True)
    frequency = models.PositiveIntegerField(_("number of titles"), default=0)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")
        indexes = [GinIndex(fields=["word"], opclasses=["gin_trgm_ops"], name="search_word_trgm")]

    def __str__(self) -> str:
        return self.word
