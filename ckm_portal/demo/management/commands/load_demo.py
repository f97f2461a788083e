"""Load the demo content of the data files in ckm_portal/demo/content/ into the database.

Idempotent: rows are matched on their slug and saved only when a field differs, so a second
run writes nothing, leaves updated_at alone and adds no edit history.
"""

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from articles import services
from articles.models import Article, KeyDocument, Status
from ckm_portal.core.sanitize import clean_html
from ckm_portal.demo import files
from ckm_portal.topics.models import Topic
from partners.models import Partner
from projects.models import Project

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PUBLISH_TIME = dt.time(9, 0)

TOPIC_FIELDS = ("name", "name_en", "kind", "iso_code", "description_nl", "description_en", "aliases")
PARTNER_FIELDS = ("name", "abbreviation", "kind", "scope", "country", "website", "description_nl", "description_en")
PROJECT_FIELDS = ("title", "summary", "description", "results", "status", "start_date", "end_date", "is_featured")
ARTICLE_FIELDS = (
    "title",
    "summary",
    "body",
    "article_type",
    "language",
    "publication_date",
    "status",
    "source_name",
    "source_url",
    "authors",
    "court",
    "ecli",
    "decision_date",
    "publisher",
    "doi",
    "isbn",
    "event_start",
    "event_end",
    "event_place",
)
# Event moments written without an offset in the data files are Amsterdam time.
EVENT_MOMENTS = ("event_start", "event_end")
# The models clean these on save; comparing the cleaned form keeps a rerun from rewriting them every time.
RICH_TEXT_FIELDS = {Article: ("body",), Project: ("description",)}


def field_values(model, item, fields):
    """The item's values for these fields, with the model's defaults for those it leaves out."""
    values = {name: item.get(name, model._meta.get_field(name).get_default()) for name in fields}
    for name in RICH_TEXT_FIELDS.get(model, ()):
        values[name] = clean_html(values[name])
    return values


def save_if_changed(model, obj, item, values):
    slug = item["slug"]
    if obj is None:
        obj = model(slug=slug, **values)
    elif all(getattr(obj, name) == value for name, value in values.items()):
        return obj
    else:
        for name, value in values.items():
            setattr(obj, name, value)
    # The demo content goes through the same validation as the admin (ECLI format, ISO codes, URLs).
    try:
        obj.full_clean()
    except ValidationError as error:
        raise CommandError(f"{item['file']}: {'; '.join(error.messages)}") from error
    obj.save()
    return obj


def upsert_all(model, items, fields):
    existing = model.objects.in_bulk(field_name="slug")
    return {
        item["slug"]: save_if_changed(model, existing.get(item["slug"]), item, field_values(model, item, fields))
        for item in items
    }


# The slugs each kind of item names, by key, and the kind of item they name.
REFERENCES = {
    "partners": {"topics": "topics", "coalitions": "partners"},
    "projects": {"topics": "topics", "funders": "partners", "partners": "partners", "related_articles": "articles"},
    "articles": {"topics": "topics"},
    "dossiers": {"key_documents": "articles"},
}


def check_references(content):
    """Every slug an item names is the slug of an item in the files: checked before anything is written."""
    slugs = {kind: {item["slug"] for item in items} for kind, items in content.items()}
    for kind, references in REFERENCES.items():
        for item in content[kind]:
            for key, named in references.items():
                missing = [slug for slug in item.get(key, []) if slug not in slugs[named]]
                if missing:
                    raise CommandError(f"{item['file']}: unknown {named} in {key}: {', '.join(missing)}")


def pick(objects, item, key):
    return [objects[slug] for slug in item.get(key, [])]


def publish_fields(item, article, now):
    """The publish moment that goes with the item's status (and the date, for the scheduled item)."""
    if item.get("scheduled"):
        # A year ahead of the first load, and kept while it is still ahead, so a rerun does not move it.
        if article is not None and article.published_at is not None and article.published_at > now:
            moment = article.published_at
        else:
            day = (now + dt.timedelta(days=365)).astimezone(AMSTERDAM).date()
            moment = dt.datetime.combine(day, PUBLISH_TIME, AMSTERDAM)
        return {"publication_date": moment.astimezone(AMSTERDAM).date(), "published_at": moment}
    if item["status"] in (Status.PUBLISHED, Status.ARCHIVED):
        if "publication_date" not in item:
            raise CommandError(f"{item['file']}: a published or archived article needs a publication_date")
        return {"published_at": dt.datetime.combine(item["publication_date"], PUBLISH_TIME, AMSTERDAM)}
    return {"published_at": None}


class Command(BaseCommand):
    help = "Load the demo topics, partners, projects and sample articles (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--content",
            type=Path,
            default=files.CONTENT_DIR,
            help="The folder of data files to load (default: the demo app's content/ folder).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        directory = options["content"]
        # Every file is read before anything is written, so a malformed one stops the load at once.
        try:
            content = {
                "topics": files.read_topics(directory),
                "partners": files.read_partners(directory),
                "projects": files.read_projects(directory),
                "articles": files.read_articles(directory),
                "dossiers": files.read_dossiers(directory),
            }
        except files.ContentFileError as error:
            raise CommandError(str(error)) from error
        check_references(content)

        topics = upsert_all(Topic, content["topics"], TOPIC_FIELDS)

        partners = upsert_all(Partner, content["partners"], PARTNER_FIELDS)
        for item in content["partners"]:
            partner = partners[item["slug"]]
            partner.topics.set(pick(topics, item, "topics"))
            partner.coalitions.set(pick(partners, item, "coalitions"))

        articles = self.load_articles(content["articles"], topics)
        self.link_translations(content["articles"], articles)

        self.load_dossiers(content["dossiers"], topics, articles)

        projects = upsert_all(Project, content["projects"], PROJECT_FIELDS)
        for item in content["projects"]:
            project = projects[item["slug"]]
            project.topics.set(pick(topics, item, "topics"))
            project.funders.set(pick(partners, item, "funders"))
            project.partners.set(pick(partners, item, "partners"))
            project.related_articles.set(pick(articles, item, "related_articles"))

        self.stdout.write(
            f"Demo content: {len(topics)} topics, {len(partners)} partners, "
            f"{len(projects)} projects, {len(articles)} articles."
        )

    def load_articles(self, items, topics):
        now = timezone.now()
        existing = Article.objects.in_bulk(field_name="slug")
        articles = {}
        for item in items:
            slug = item["slug"]
            values = field_values(Article, item, ARTICLE_FIELDS) | publish_fields(item, existing.get(slug), now)
            for name in EVENT_MOMENTS:
                if values[name] is not None and timezone.is_naive(values[name]):
                    values[name] = values[name].replace(tzinfo=AMSTERDAM)
            article = save_if_changed(Article, existing.get(slug), item, values)
            article.topics.set(pick(topics, item, "topics"))
            articles[slug] = article
        return articles

    def link_translations(self, items, articles):
        """Link the pairs the ``translation`` keys name, both ways, once every article exists.

        Only links that differ from the files are written (and a link no file names any more is
        removed), so a rerun writes nothing.
        """
        pairs, named_in = {}, {}
        for item in items:
            other = item.get("translation")
            if other is None:
                continue
            if other not in articles:
                raise CommandError(f"{item['file']}: unknown article in translation: {other}")
            for slug, partner in ((item["slug"], other), (other, item["slug"])):
                if pairs.setdefault(slug, partner) != partner:
                    raise CommandError(
                        f"{item['file']}: {slug} is linked to {pairs[slug]} already (in {named_in[slug]})"
                    )
                named_in.setdefault(slug, item["file"])

        def current():
            return dict(Article.objects.filter(slug__in=articles).values_list("slug", "translation__slug"))

        links = current()
        for slug, article in articles.items():
            wanted = pairs.get(slug)
            if links.get(slug) == wanted:
                continue
            try:
                if wanted is None:
                    services.unlink_translation(article)
                else:
                    services.link_translation(article, articles[wanted])
            except ValidationError as error:
                raise CommandError(f"{named_in.get(slug, slug)}: {'; '.join(error.messages)}") from error
            links = current()

    def load_dossiers(self, items, topics, articles):
        """The topics' introductions and their key documents, in the files' order; only differences are written."""
        for item in items:
            if item["slug"] not in topics:
                raise CommandError(f"{item['file']}: no topic has the slug {item['slug']}")
            topic = topics[item["slug"]]
            introductions = {name: clean_html(item[name]) for name in ("introduction_nl", "introduction_en")}
            if any(getattr(topic, name) != value for name, value in introductions.items()):
                for name, value in introductions.items():
                    setattr(topic, name, value)
                topic.save(update_fields=list(introductions))
            pinned_articles = pick(articles, item, "key_documents")
            wanted = [(article.pk, position) for position, article in enumerate(pinned_articles, start=1)]
            pinned = KeyDocument.objects.filter(topic=topic)
            if sorted(pinned.values_list("article", "position")) != sorted(wanted):
                pinned.delete()
                KeyDocument.objects.bulk_create(
                    KeyDocument(topic=topic, article_id=article, position=position) for article, position in wanted
                )
