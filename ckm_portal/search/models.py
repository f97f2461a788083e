from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone
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


class ArticleEntryQuerySet(models.QuerySet["ArticleEntry"]):
    def public(self) -> ArticleEntryQuerySet:
        """Entries exist for published articles only; the publish moment decides, as for the articles."""
        return self.filter(published_at__lte=timezone.now())


class ArticleEntry(models.Model):
    """The search page's narrow copy of each published article: what matching, facets and ranking read.

    Kept by database triggers on the article table (migration 0002), so every
    write path keeps it current: saves, ``update()``, ``bulk_create()``, raw SQL
    and the topic-copy refreshes alike. Only published articles have an entry;
    the publish moment is still checked at query time (embargoes). The full
    vector goes out of line, so the table's own pages hold only the short
    columns and the rank vector. See docs/decisions/0012-narrow-search-table.md.
    """

    article = models.OneToOneField(
        "articles.Article",
        primary_key=True,
        # The triggers delete the entry with its article; Django need not.
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        verbose_name=_("article"),
    )
    published_at = models.DateTimeField(_("publish moment"))
    article_type = models.CharField(_("type"), max_length=20)
    language = models.CharField(_("language"), max_length=2)
    topic_ids = ArrayField(models.IntegerField(), verbose_name=_("topic ids"), default=list)
    # The article's search_vector: what matching reads, through its GIN index only.
    document = SearchVectorField(_("search vector"))
    # Title (A) and summary (B) only: topics weigh through topic_ids, so a topic alias never counts as a title hit.
    rank_vector = SearchVectorField(_("rank vector"))

    objects = ArticleEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [GinIndex(fields=["document"], name="search_entry_document")]

    def __str__(self) -> str:
        return str(self.pk)


class LexemeWeight(models.Model):
    """How rare each word of the published articles is: the inverse document frequency search ranks by.

    Refreshed with the spelling words (``manage.py refresh_search_words``); a
    word added since then counts as the rarest.
    """

    lexeme = models.CharField(_("lexeme"), max_length=2046, primary_key=True)
    documents = models.PositiveIntegerField(_("number of articles"))
    weight = models.FloatField(_("weight"))

    class Meta:
        verbose_name = _("word weight")
        verbose_name_plural = _("word weights")
        # The weight of a word counted nowhere is the highest: read from this index, never by a scan of the table.
        indexes = [models.Index(fields=["weight"], name="search_lexeme_weight")]

    def __str__(self) -> str:
        return self.lexeme
