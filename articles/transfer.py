"""Import and export of articles as CSV, JSON or JSON Lines (``manage.py import_articles`` / ``export_articles``).

One format both ways: the columns of ``FIELDS``. Topics are a list in JSON and
``;``-separated in CSV, each a topic's slug, Dutch or English name, alias, or a
country's ISO code (whatever the case or accents). An unknown topic fails its
row, as editors cannot make topics up in the admin either; only ``create_topics``
(``--create-topics``, for a chief editor's bulk migration) adds it as a keyword
awaiting approval. Rows in the shape of the Wagtail peer's corpus are mapped onto
these columns (``peer_row``).

Each row is validated on its own by the same form rules as the admin (choices,
ECLI, URLs, dates, unique slug, also within the file) and the same publication
rule for the acting user as ``articles.services.save_article``; a bad row is
reported by number and field, and never stops the others. The valid rows are
written in batches (``write_batch``: bulk inserts and updates with their history
rows and topic links, and one refresh of the search copies per batch), each in a
savepoint: a row is written whole or not at all. See
docs/decisions/0014-batched-import.md.
"""

from __future__ import annotations

import copy
import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection, transaction
from django.db.models import Q, QuerySet
from django.utils.text import slugify
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from articles.forms import ArticleAdminForm
from articles.models import Article, Status
from articles.services import SYSTEM, Actor, State, check_status_change, prepare_save
from articles.sql import NEXT_ARTICLE_IDS_SQL
from ckm_portal.core.search_backend import get_search_backend
from ckm_portal.topics.models import TaggedTopic, Topic, TopicKind

FIELDS = [
    "title", "slug", "summary", "body", "article_type", "language", "status", "published_at", "publication_date",
    "source_name", "source_url", "authors", "topics", "court", "ecli", "decision_date", "publisher", "doi", "isbn",
]  # fmt: skip
FORMATS = ("csv", "json", "jsonl")
TOPIC_SEPARATOR = ";"
IMPORT_REASON = "import"
# Rows validated before a batch is written: large enough that the queries per batch do not count, small
# enough to keep memory flat. See docs/decisions/0014-batched-import.md.
BATCH_SIZE = 500

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


class UnreadableRow(str):
    """A line of a JSON Lines file that is not JSON: reported as its row's error."""


@dataclass
class ImportReport:
    rows: int = 0
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

    def __init__(self, *args: Any, slug_owners: dict[str, int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Slug -> id of the stored article that has it, for every slug the batch's rows may take.
        self.slug_owners = slug_owners

    def _get_validation_exclusions(self) -> set[str]:
        # Their only model-level check beyond the form fields' (choices) is the constraint "published has a
        # moment", which clean() has made true already (published without a moment: now); Django would build
        # a query per row to check it. The database still enforces it (see Batch.write).
        return super()._get_validation_exclusions() | {"status", "published_at"}

    def validate_unique(self) -> None:
        # The slug is the only unique field the form writes; checked against the slugs read once per
        # batch (transfer.Lookup) instead of a query per row. Rows of one batch never share a slug.
        slug = self.cleaned_data.get("slug")
        owner = self.slug_owners.get(slug or "")
        if owner is not None and owner != self.instance.pk:
            self.add_error("slug", self.instance.unique_error_message(Article, ("slug",)))


class SharedFields(dict[str, Any]):
    """The import form's fields, shared by its instances instead of deep-copied for each row.

    The copy cost more than the validation itself (docs/decisions/0014-batched-import.md).
    Sharing is safe because nothing changes the import form's fields: it always acts as
    ``SYSTEM``, for whom ``ArticleAdminForm`` keeps every status.
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return dict(self)


ArticleImportForm.base_fields = SharedFields(ArticleImportForm.base_fields)


# Reading and writing


def format_of(path: str | Path, requested: str | None = None) -> str:
    fmt = requested or Path(str(path)).suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise TransferError(_("Unknown format %(format)r: use a .csv, .json or .jsonl file.") % {"format": fmt})
    return fmt


def read_lines(lines: Iterable[str]) -> Iterator[Any]:
    """The rows of JSON Lines, one object a line, read as they come (a file of any size); blank lines skipped."""
    for line in lines:
        if not line.strip():
            continue
        try:
            yield peer_row(json.loads(line))
        except json.JSONDecodeError as error:
            yield UnreadableRow(_("This line is not valid JSON: %(error)s") % {"error": error})


# The Wagtail peer's corpus (../shared/peers/corpus_gen.py) names two fields differently.
PEER_FIELDS = {"type": "article_type", "published": "published_at"}


def peer_row(row: Any) -> Any:
    """A row of the peer's corpus in the portal's shape; a row in the portal's own shape is left as it is.

    ``type`` is the article type, ``published`` (a date) the publish moment, with the status
    "published" unless the row gives one; ``countries`` (ISO codes) join the topics.
    """
    if not isinstance(row, dict) or not (PEER_FIELDS.keys() | {"countries"}) & row.keys():
        return row
    mapped = dict(row)
    for theirs, ours in PEER_FIELDS.items():
        if theirs in mapped:
            mapped.setdefault(ours, mapped.pop(theirs))
    if "published" in row:
        mapped.setdefault("status", Status.PUBLISHED.value)
    countries = mapped.pop("countries", None)
    if isinstance(countries, list):
        topics = mapped.get("topics") or []
        mapped["topics"] = [*(split_topics(topics) if isinstance(topics, str) else topics), *countries]
    return mapped


def read_rows(text: str, fmt: str) -> list[Any]:
    """The rows of a CSV, JSON or JSON Lines text, as dicts of strings (topics as a list)."""
    if fmt == "jsonl":
        return list(read_lines(text.splitlines()))
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise TransferError(_("This is not valid JSON: %(error)s") % {"error": error}) from None
        if isinstance(data, dict):
            data = data.get("articles")
        if not isinstance(data, list):
            raise TransferError(_('JSON must be a list of articles, or an object with a list under "articles".'))
        return [peer_row(row) for row in data]
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


def row_slug(row: Row) -> str:
    """The row's slug, or one made from its title."""
    return (row.get("slug") or "").strip() or slugify(str(row.get("title") or ""))[:200]


def row_source_url(row: Row) -> str:
    return (row.get("source_url") or "").strip()


def topic_key(text: object) -> str:
    """What a topic name is compared by: "Roemenië", "roemenie" and "ROEMENIE" are one."""
    return slugify(str(text))


class TopicResolver:
    """The vocabulary, read once per import (approved topics and those awaiting review alike).

    A name resolves by slug, then Dutch name, English name, alias and a
    country's ISO code; the first topic (oldest) wins a name two topics share.
    A keyword made up by ``create`` stays unsaved until its row's batch is written.
    """

    def __init__(self, create: bool = False) -> None:
        self.create = create
        self.by_key: dict[str, Topic] = {}
        self.created: list[str] = []  # keys of keywords made up by the current row
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
                topic = Topic(name=name[:100], kind=TopicKind.KEYWORD, approved=False)
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
        """After each row: keywords made up by a row that failed are forgotten."""
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


class Lookup:
    """The stored articles a chunk of rows may update or whose slugs they may take, read in two queries.

    A row updates the article with its source URL, else the one with its slug.
    """

    def __init__(self, rows: Iterable[Any]) -> None:
        rows = [row for row in rows if isinstance(row, dict)]
        urls = {url for row in rows if (url := row_source_url(row))}
        slugs = {slug for row in rows if (slug := row_slug(row))}
        found = list(Article.objects.filter(Q(source_url__in=urls) | Q(slug__in=slugs)).order_by("pk"))
        self.by_url: dict[str, list[Article]] = {}
        self.slug_owners: dict[str, int] = {}
        for article in found:
            self.by_url.setdefault(article.source_url, []).append(article)
            self.slug_owners[article.slug] = article.pk
        self.by_pk = {article.pk: article for article in found}
        # Each found article's topic links: topic id -> link id.
        self.links: dict[int, dict[int, int]] = {}
        stored_links = TaggedTopic.objects.filter(
            content_type=ContentType.objects.get_for_model(Article), object_id__in=self.by_pk
        ).values_list("object_id", "tag_id", "pk")
        for object_id, tag_id, link_id in stored_links:
            self.links.setdefault(object_id, {})[tag_id] = link_id

    def find(self, row: Row) -> Article | None:
        """A fresh copy of the article the row updates (a row that fails must not leave the shared one changed)."""
        matches = self.by_url.get(row_source_url(row), []) if row_source_url(row) else []
        if len(matches) > 1:
            raise ValueError(_("Several articles have this source URL; give them distinct ones first."))
        pk = matches[0].pk if matches else self.slug_owners.get(row_slug(row))
        if pk is None:
            return None
        article = copy.copy(self.by_pk[pk])
        article._state = copy.copy(article._state)
        return article


@dataclass
class Pending:
    """A valid row waiting for its batch to be written."""

    number: int
    article: Article
    created: bool
    topics: list[Topic] | None  # None: the row leaves the links as they are
    stored_links: dict[int, int]  # topic id -> link id
    # Slugs, source URLs and the id it reads or writes: a later row touching one waits for this batch.
    keys: set[str]


def lookup_keys(slugs: Iterable[str], urls: Iterable[str], pk: int | None = None) -> set[str]:
    """Slugs, source URLs and an id, as one set of keys (empty ones left out: they name no article)."""
    keys = {f"slug:{slug}" for slug in slugs if slug} | {f"url:{url}" for url in urls if url}
    return keys | {f"pk:{pk}"} if pk is not None else keys


def row_keys(row: Any) -> set[str]:
    """What a row looks its article up by."""
    if not isinstance(row, dict):
        return set()
    return lookup_keys([row_slug(row)], [row_source_url(row)])


def prepare_row(number: int, row: Any, user: Actor, resolver: TopicResolver, lookup: Lookup) -> Pending | None:
    """Validate one row: its article ready to write, or None when it changes nothing; raises RowFailed."""
    if isinstance(row, UnreadableRow):
        raise RowFailed([RowError(number, "-", str(row))])
    if not isinstance(row, dict):
        raise RowFailed([RowError(number, "-", _("A row must be an object with the article's fields."))])
    try:
        article = lookup.find(row)
    except ValueError as error:
        raise RowFailed([RowError(number, "source_url", str(error))]) from None
    before = snapshot(article) if article else None
    stored_links = lookup.links.get(article.pk, {}) if article else {}
    form = ArticleImportForm(form_data(row, article), instance=article, slug_owners=lookup.slug_owners)
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
    topics_changed = topics is not None and {topic.pk for topic in topics} != stored_links.keys()
    if not fields_changed and not topics_changed:
        return None
    stored: State = (before["status"], before["published_at"]) if before else (Status.DRAFT, None)
    try:
        check_status_change(article, user, stored)
    except PermissionDenied as error:
        raise RowFailed([RowError(number, "status", str(error))]) from None
    prepare_save(article, user, stored, reason=IMPORT_REASON)
    old = before or {}
    keys = row_keys(row) | lookup_keys(
        [article.slug, old.get("slug", "")], [article.source_url, old.get("source_url", "")], article.pk
    )
    return Pending(number, article, before is None, topics, stored_links, keys)


# Fields an import may change on a stored article (besides the form's): see articles.services.prepare_save.
WRITTEN_FIELDS = [
    *ArticleImportForm.Meta.fields,
    "updated_at", "created_by", "submitted_by", "submitted_at", "review_note", "returned_by", "returned_at",
]  # fmt: skip


def next_article_ids(count: int) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(NEXT_ARTICLE_IDS_SQL, [count])
        return [pk for (pk,) in cursor.fetchall()]


def write_batch(batch: list[Pending]) -> None:
    """Write valid rows at once: their topic links, then the articles with their topic copies, and history rows.

    New articles get their ids first, so that their links can be written first
    and their copies read (search's ``topic_copies``) before the insert: each
    row is written once.
    The number of queries does not grow with the number of rows, and no signal runs per row.
    """
    new = [pending.article for pending in batch if pending.created]
    changed = [pending.article for pending in batch if not pending.created]
    for article, pk in zip(new, next_article_ids(len(new)), strict=True):
        article.pk = pk
    write_links(batch)
    copies = get_search_backend().topic_copies(Article, [article.pk for article in new + changed])
    updated_at = Article._meta.get_field("updated_at")
    for article in changed:
        updated_at.pre_save(article, add=False)  # what auto_now does in save(), which bulk_update skips
    copy_names: list[str] = []
    for article in new + changed:
        article.normalise()
        copy_names = list(copies[article.pk])
        for name, value in copies[article.pk].items():
            setattr(article, name, value)
    bulk_create_with_history(new, Article, default_change_reason=IMPORT_REASON)
    if changed:
        bulk_update_with_history(changed, Article, [*WRITTEN_FIELDS, *copy_names], default_change_reason=IMPORT_REASON)


def write_links(batch: list[Pending]) -> None:
    """The topic links the rows ask for (keywords made up by --create-topics are saved first)."""
    content_type = ContentType.objects.get_for_model(Article)
    new_links: list[TaggedTopic] = []
    gone_links: list[int] = []
    for pending in batch:
        if pending.topics is None:
            continue
        for topic in pending.topics:
            if topic.pk is None:  # a keyword made up by --create-topics
                topic.save()
        wanted = {topic.pk for topic in pending.topics}
        gone_links += [link for tag_id, link in pending.stored_links.items() if tag_id not in wanted]
        new_links += [
            TaggedTopic(content_type=content_type, object_id=pending.article.pk, tag_id=tag_id)
            for tag_id in wanted - pending.stored_links.keys()
        ]
    if gone_links:
        TaggedTopic.objects.filter(pk__in=gone_links).delete()
    TaggedTopic.objects.bulk_create(new_links)


class Batch:
    """Valid rows collected until ``BATCH_SIZE`` or until a row depends on one of them, then written together."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        self.rows: list[Pending] = []
        self.keys: set[str] = set()

    def touches(self, keys: set[str]) -> bool:
        return not self.keys.isdisjoint(keys)

    def add(self, pending: Pending) -> None:
        self.rows.append(pending)
        self.keys |= pending.keys

    def flush(self) -> None:
        rows, self.rows, self.keys = self.rows, [], set()
        if rows and not self.write(rows):
            # Something only the database checks: row by row, to report the row it refuses.
            for pending in rows:
                self.write([pending], report=True)

    def write(self, rows: list[Pending], report: bool = False) -> bool:
        """Write the rows in a savepoint; when the database refuses them, leave them as they were."""
        # Keywords made up by --create-topics, each once (unsaved models cannot be hashed).
        keywords = list(
            {id(topic): topic for pending in rows for topic in pending.topics or [] if topic.pk is None}.values()
        )
        try:
            with transaction.atomic():
                write_batch(rows)
        except DatabaseError as error:
            # Rolled back: what the write inserted is unsaved again.
            inserted: list[Topic | Article] = [*keywords, *(pending.article for pending in rows if pending.created)]
            for instance in inserted:
                instance.pk, instance._state.adding = None, True
            if report:
                self.report.errors.extend(RowError(pending.number, "-", str(error).strip()) for pending in rows)
            return False
        for pending in rows:
            if pending.created:
                self.report.created += 1
            else:
                self.report.updated += 1
        return True


def import_articles(
    rows: Iterable[Any], user: Actor = SYSTEM, dry_run: bool = False, create_topics: bool = False
) -> ImportReport:
    """Import the rows in batches; with ``dry_run`` everything is rolled back at the end.

    Each row is validated on its own and reported by number; the valid ones are written
    ``BATCH_SIZE`` at a time (``write_batch``). A row that looks up an article by a slug or
    source URL a waiting row uses has that batch written first, so rows apply in file order.
    With ``create_topics``, an unknown topic becomes a keyword awaiting approval instead of failing its row.
    """
    report = ImportReport()
    with transaction.atomic():
        resolver = TopicResolver(create=create_topics)
        batch = Batch(report)
        numbered = enumerate(rows, start=1)
        while chunk := list(itertools.islice(numbered, BATCH_SIZE)):
            lookup = Lookup(row for _number, row in chunk)
            for index, (number, row) in enumerate(chunk):
                report.rows += 1
                if batch.touches(row_keys(row)):
                    batch.flush()
                    lookup = Lookup(row for _number, row in chunk[index:])
                try:
                    pending = prepare_row(number, row, user, resolver, lookup)
                    if pending is not None and batch.touches(pending.keys):
                        # It takes a slug, or changes an article, that a waiting row writes: after that row.
                        resolver.row_done(saved=False)
                        batch.flush()
                        lookup = Lookup(row for _number, row in chunk[index:])
                        pending = prepare_row(number, row, user, resolver, lookup)
                except RowFailed as failure:
                    report.errors.extend(failure.errors)
                    resolver.row_done(saved=False)
                except Exception as error:  # one odd row must not stop the import: report it
                    report.errors.append(RowError(number, "-", str(error) or error.__class__.__name__))
                    resolver.row_done(saved=False)
                else:
                    resolver.row_done(saved=True)
                    if pending is None:
                        report.unchanged += 1
                    else:
                        batch.add(pending)
            batch.flush()
        if dry_run:
            transaction.set_rollback(True)
    return report
