"""Import and export of articles as CSV or JSON (``manage.py import_articles`` / ``export_articles``).

One format both ways: the columns of ``FIELDS``. Topics are a list in JSON and
``;``-separated in CSV, each a topic's slug, Dutch or English name, alias, or a
country's ISO code (whatever the case or accents). An unknown topic fails its
row, as editors cannot make topics up in the admin either; only ``create_topics``
(``--create-topics``, for a chief editor's bulk migration) adds it as a keyword
awaiting approval. Each row is validated by the same
form rules as the admin (choices, ECLI, URLs, dates, unique slug), saved through
``articles.services.save_article`` (so the publication rule holds for the acting
user) and inside a savepoint of its own: a bad row is reported and rolled back
whole, and never stops the others.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.utils.text import slugify
from django.utils.translation import gettext as _

from articles.forms import ArticleAdminForm
from articles.models import Article
from articles.services import SYSTEM, Actor, save_article
from ckm_portal.topics.models import Topic, TopicKind

FIELDS = [
    "title", "slug", "summary", "body", "article_type", "language", "status", "published_at", "publication_date",
    "source_name", "source_url", "authors", "topics", "court", "ecli", "decision_date", "publisher", "doi", "isbn",
]  # fmt: skip
FORMATS = ("csv", "json")
TOPIC_SEPARATOR = ";"
IMPORT_REASON = "import"

# A row as read from a file: column name to value (a list of names for the topics).
Row = dict[str, Any]


class TransferError(Exception):
    """The file as a whole cannot be read (as opposed to one bad row)."""


@dataclass
class RowError:
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        return _("row %(row)s, %(field)s: %(message)s") % {
            "row": self.row,
            "field": self.field,
            "message": self.message,
        }


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def failed_rows(self) -> int:
        return len({error.row for error in self.errors})


class ArticleImportForm(ArticleAdminForm):
    """The admin's validation, for every field but the topics (resolved by slug or name below)."""

    # The status is judged by the service, which knows the acting user; the form allows every status.
    user: Actor = SYSTEM

    class Meta(ArticleAdminForm.Meta):
        fields = [name for name in FIELDS if name != "topics"]


# Reading and writing


def format_of(path: str | Path, requested: str | None = None) -> str:
    fmt = requested or Path(str(path)).suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise TransferError(_("Unknown format %(format)r: use a .csv or .json file.") % {"format": fmt})
    return fmt


def read_rows(text: str, fmt: str) -> list[Any]:
    """The rows of a CSV or JSON text, as dicts of strings (topics as a list)."""
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise TransferError(_("This is not valid JSON: %(error)s") % {"error": error}) from None
        if isinstance(data, dict):
            data = data.get("articles")
        if not isinstance(data, list):
            raise TransferError(_('JSON must be a list of articles, or an object with a list under "articles".'))
        return data
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "title" not in reader.fieldnames:
        raise TransferError(_("The CSV file needs a header row with at least a title column."))
    rows = []
    for line in reader:
        row = {key: value for key, value in line.items() if key is not None}  # None holds surplus cells
        row["topics"] = split_topics(row.get("topics") or "")
        rows.append(row)
    return rows


def split_topics(text: str) -> list[str]:
    return [name.strip() for name in text.split(TOPIC_SEPARATOR) if name.strip()]


def export_row(article: Article) -> Row:
    row: Row = {}
    for name in FIELDS:
        if name == "topics":
            row[name] = [topic.slug for topic in sorted(article.topics.all(), key=lambda topic: topic.slug)]
            continue
        value = getattr(article, name)
        row[name] = value.isoformat() if hasattr(value, "isoformat") else ("" if value is None else value)
    return row


def write_articles(articles: Iterable[Article], stream: IO[str], fmt: str) -> int:
    rows = [export_row(article) for article in articles]
    if fmt == "json":
        json.dump(rows, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return len(rows)
    writer = csv.DictWriter(stream, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row | {"topics": f"{TOPIC_SEPARATOR} ".join(row["topics"])})
    return len(rows)


def articles_for_export() -> QuerySet[Article]:
    return Article.objects.order_by("pk").prefetch_related("topics")


# Importing


def find_article(row: Row) -> Article | None:
    """The article a row updates: the one with its source URL, else the one with its slug."""
    source_url = (row.get("source_url") or "").strip()
    if source_url:
        matches = list(Article.objects.filter(source_url=source_url)[:2])
        if len(matches) > 1:
            raise ValueError(_("Several articles have this source URL; give them distinct ones first."))
        if matches:
            return matches[0]
    slug = row_slug(row)
    return Article.objects.filter(slug=slug).first() if slug else None


def row_slug(row: Row) -> str:
    """The row's slug, or one made from its title."""
    return (row.get("slug") or "").strip() or slugify(str(row.get("title") or ""))[:200]


def topic_key(text: object) -> str:
    """What a topic name is compared by: "Roemenië", "roemenie" and "ROEMENIE" are one."""
    return slugify(str(text))


class TopicResolver:
    """The vocabulary, read once per import (approved topics and those awaiting review alike).

    A name resolves by slug, then Dutch name, English name, alias and a
    country's ISO code; the first topic (oldest) wins a name two topics share.
    """

    def __init__(self, create: bool = False) -> None:
        self.create = create
        self.by_key: dict[str, Topic] = {}
        self.created: list[str] = []  # keys of keywords created by the current row
        topics = list(Topic.objects.order_by("pk"))
        for names_of in (
            lambda topic: [topic.slug],
            lambda topic: [topic.name],
            lambda topic: [topic.name_en],
            lambda topic: topic.aliases,
            lambda topic: [topic.iso_code],
        ):
            for topic in topics:
                for name in names_of(topic):
                    if key := topic_key(name or ""):
                        self.by_key.setdefault(key, topic)

    def resolve(self, number: int, names: list[str]) -> list[Topic]:
        """The topics of row ``number``; raises RowFailed naming the unknown ones (unless creating them)."""
        topics: list[Topic] = []
        unknown: list[str] = []
        for name in names:
            key = topic_key(name)
            topic = self.by_key.get(key)
            if topic is None and self.create and key:
                # A keyword for a chief editor to review; not public until approved.
                topic = Topic.objects.create(name=name[:100], kind=TopicKind.KEYWORD, approved=False)
                self.by_key[key] = topic
                self.created.append(key)
            if topic is None:
                unknown.append(name)
            elif topic not in topics:
                topics.append(topic)
        if unknown:
            message = _("unknown topic: %(names)s (topics are not created by an import without --create-topics)")
            raise RowFailed([RowError(number, "topics", message % {"names": "; ".join(unknown)})])
        return topics

    def row_done(self, saved: bool) -> None:
        """After each row: keywords created by a row that was rolled back no longer exist."""
        if not saved:
            for key in self.created:
                self.by_key.pop(key, None)
        self.created = []


def form_data(row: Row, article: Article | None) -> dict[str, Any]:
    """The form's data: the row's values, and where the row is silent the article's current values (or defaults).

    An empty publish moment never clears an existing one (which would republish the article now).
    So a new row without a title fails, and one without a slug gets one made from its title.
    """
    current = article or Article()
    data: dict[str, Any] = {}
    for name in ArticleImportForm.Meta.fields:
        value = row.get(name)
        # An empty cell cannot empty a required field (type, language, status): it keeps the value or default.
        model_field = Article._meta.get_field(name)  # a concrete field, as every field of the form is
        keeps_value = value in (None, "") and (name == "published_at" or not getattr(model_field, "blank", False))
        if value is not None and not keeps_value:
            data[name] = str(row[name]) if name == "body" else str(row[name]).strip()
        else:
            value = getattr(current, name)
            data[name] = value.isoformat() if hasattr(value, "isoformat") else ("" if value is None else value)
    if not data["slug"]:
        data["slug"] = row_slug(row)
    return data


def snapshot(article: Article) -> dict[str, Any]:
    return {name: getattr(article, name) for name in ArticleImportForm.Meta.fields}


class RowFailed(Exception):
    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(errors)
        self.errors = errors


def row_topics(number: int, row: Row, resolver: TopicResolver) -> list[Topic] | None:
    """The row's topics as Topic objects, or None when the row does not mention topics."""
    raw = row.get("topics")
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = split_topics(raw)
    if not isinstance(raw, list):
        raise RowFailed([RowError(number, "topics", _("Topics must be a list of slugs or names."))])
    return resolver.resolve(number, [str(name).strip() for name in raw if str(name).strip()])


def import_row(number: int, row: Any, user: Actor, resolver: TopicResolver) -> str:
    """Validate and save one row: "created", "updated" or "unchanged"; raises RowFailed with its errors."""
    if not isinstance(row, dict):
        raise RowFailed([RowError(number, "-", _("A row must be an object with the article's fields."))])
    try:
        article = find_article(row)
    except ValueError as error:
        raise RowFailed([RowError(number, "source_url", str(error))]) from None
    before = snapshot(article) if article else None
    old_topics = set(article.topics.values_list("pk", flat=True)) if article else set()
    form = ArticleImportForm(form_data(row, article), instance=article)
    if not form.is_valid():
        raise RowFailed(
            [
                RowError(number, "-" if name == "__all__" else name, str(message))
                for name, messages in form.errors.items()
                for message in messages
            ]
        )
    article = form.instance
    topics = row_topics(number, row, resolver)
    fields_changed = before is None or snapshot(article) != before
    topics_changed = topics is not None and {topic.pk for topic in topics} != old_topics
    if not fields_changed and not topics_changed:
        return "unchanged"
    try:
        save_article(article, user, reason=IMPORT_REASON)
    except PermissionDenied as error:
        raise RowFailed([RowError(number, "status", str(error))]) from None
    if topics is not None:
        article.topics.set(topics)
    return "created" if before is None else "updated"


def import_articles(
    rows: Iterable[Any], user: Actor = SYSTEM, dry_run: bool = False, create_topics: bool = False
) -> ImportReport:
    """Import the rows, each in a savepoint of its own; with ``dry_run`` everything is rolled back at the end.

    With ``create_topics``, an unknown topic becomes a keyword awaiting approval instead of failing its row.
    """
    report = ImportReport()
    with transaction.atomic():
        resolver = TopicResolver(create=create_topics)
        for number, row in enumerate(rows, start=1):
            try:
                # A failing row leaves its savepoint by an exception, which undoes
                # whatever it had written (a new keyword, say).
                with transaction.atomic():
                    outcome = import_row(number, row, user, resolver)
            except RowFailed as failure:
                report.errors.extend(failure.errors)
                resolver.row_done(saved=False)
            except Exception as error:  # one odd row must not stop the import: report it
                report.errors.append(RowError(number, "-", str(error) or error.__class__.__name__))
                resolver.row_done(saved=False)
            else:
                setattr(report, outcome, getattr(report, outcome) + 1)
                resolver.row_done(saved=True)
        if dry_run:
            transaction.set_rollback(True)
    return report
