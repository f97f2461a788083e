"""The search fields of the searchable models: stored vectors and topic copies, and the mark that registers them.

Each model keeps a ``search_vector`` column that PostgreSQL computes itself (a
``GeneratedField`` with ``db_persist=True``), so no save, bulk update or raw SQL
can leave it stale, and a GIN index over it answers ``@@`` queries.

The text search configurations ``ckm_nl`` and ``ckm_en`` are created by this
app's first migration: copies of PostgreSQL's ``dutch`` and ``english`` with
``unaccent`` before the stemmer, so "Roemenie" finds "Roemenië".

Why every vector names its configuration as a constant: a generated column only
accepts immutable expressions. ``to_tsvector(regconfig, text)`` is immutable, but
only when the configuration is a constant (``'ckm_nl'::regconfig`` is resolved
once, when the column is defined); ``to_tsvector(language_column::regconfig, ...)``
or the one-argument form depend on the session and are refused. So the per-row
language is chosen with Case/When between two fully constant vectors.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Case, Expression, Model, When
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ckm_portal.core.editorial import EditorialModel

# A model sets ``searchable = True`` to have search keep its topic copies
# (``topic_text``, ``topic_ids``); search finds such models by this mark.
SEARCHABLE = "searchable"

DUTCH = "ckm_nl"
ENGLISH = "ckm_en"
CONFIGS = {"nl": DUTCH, "en": ENGLISH}


def is_searchable(model: type[Model]) -> bool:
    return getattr(model, SEARCHABLE, False) is True


def searchable_models() -> list[type[Model]]:
    """Every installed model that declares itself searchable (as Wagtail's ``get_indexed_models()``)."""
    return [model for model in apps.get_models() if is_searchable(model)]


def document(config: str, **fields_by_weight: list[str]) -> Expression:
    """One vector over several text fields, e.g. ``document(DUTCH, A=["title"], B=["summary"])``."""
    parts = [
        SearchVector(field, weight=weight, config=config)
        for weight, fields in sorted(fields_by_weight.items())
        for field in fields
    ]
    vector: Expression = parts[0]
    for part in parts[1:]:
        vector = vector + part
    return vector


def topics_document() -> Expression:
    """The row's topic names and aliases, weight A, in both languages.

    ``topic_text`` mixes Dutch and English names ("gedwongen huwelijk forced
    marriage"); indexing it with both stemmers lets a query in either language
    match it, whatever the language of the row itself.
    """
    return document(DUTCH, A=["topic_text"]) + document(ENGLISH, A=["topic_text"])


def stored_vector(expression: Any) -> models.GeneratedField:
    return models.GeneratedField(
        expression=expression,
        output_field=SearchVectorField(),
        db_persist=True,
        verbose_name=_("search vector"),
    )


def topic_text_field() -> models.TextField[str, str]:
    """Topics live in another table, so each searchable row keeps their names here (see search.signals)."""
    return models.TextField(_("topic names"), default="", blank=True, editable=False)


def topic_ids_field() -> ArrayField[Any, Any]:
    """The row's topic ids, copied like ``topic_text``: search facets count them without joining the tag table."""
    return ArrayField(models.IntegerField(), verbose_name=_("topic ids"), default=list, blank=True, editable=False)


def article_vector() -> Case:
    """Title and topics weigh most (A), then summary (B), body (C) and source (D), in the article's language."""

    def in_config(config: str) -> Expression:
        return (
            document(config, A=["title"], B=["summary"], C=["body"], D=["source_name", "authors", "court", "publisher"])
            + topics_document()
        )

    return Case(When(language="en", then=in_config(ENGLISH)), default=in_config(DUTCH))


def article_rank_vector() -> Case:
    """Title and topics (A) and summary (B) only: what ranking weighs, small enough to stay in the row.

    Matching uses the full ``search_vector`` (its GIN index); ranking every match
    of a common term by that vector would unpack each one from TOAST, body and all.
    A body-only hit ranks after every title, topic or summary hit, newest first.
    """

    def in_config(config: str) -> Expression:
        return document(config, A=["title"], B=["summary"]) + topics_document()

    return Case(When(language="en", then=in_config(ENGLISH)), default=in_config(DUTCH))


def project_vector() -> Expression:
    # Projects are written in Dutch only; their English side is the topic names.
    return document(DUTCH, A=["title"], B=["summary"], C=["description", "results"]) + topics_document()


def partner_vector() -> Expression:
    # Names are proper nouns that either language may search for, so they are
    # indexed with both stemmers; each description with its own.
    return (
        document(DUTCH, A=["name", "abbreviation"], B=["description_nl"])
        + document(ENGLISH, A=["name", "abbreviation"], B=["description_en"])
        + topics_document()
    )


class SearchableModel(EditorialModel):
    """An editorial model search finds: the mark, the copy of its topics' names, a history without the derived columns.

    The model adds its own ``search_vector`` (and any further copy, which its history must then leave out too).
    """

    searchable = True
    topic_text = topic_text_field()
    history = HistoricalRecords(inherit=True, excluded_fields=["topic_text", "search_vector"])

    class Meta:
        abstract = True
