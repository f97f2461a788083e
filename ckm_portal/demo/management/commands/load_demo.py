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

from articles.models import Article, Status
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
)
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


def pick(objects, item, key, what):
    slugs = item.get(key, [])
    missing = [slug for slug in slugs if slug not in objects]
    if missing:
        raise CommandError(f"{item['file']}: unknown {what} in {key}: {', '.join(missing)}")
    return [objects[slug] for slug in slugs]


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
            }
        except files.ContentFileError as error:
            raise CommandError(str(error)) from error

        topics = upsert_all(Topic, content["topics"], TOPIC_FIELDS)

        partners = upsert_all(Partner, content["partners"], PARTNER_FIELDS)
        for item in content["partners"]:
            partner = partners[item["slug"]]
            partner.topics.set(pick(topics, item, "topics", "topics"))
            partner.coalitions.set(pick(partners, item, "coalitions", "partners"))

        articles = self.load_articles(content["articles"], topics)

        projects = upsert_all(Project, content["projects"], PROJECT_FIELDS)
        for item in content["projects"]:
            project = projects[item["slug"]]
            project.topics.set(pick(topics, item, "topics", "topics"))
            project.funders.set(pick(partners, item, "funders", "partners"))
            project.partners.set(pick(partners, item, "partners", "partners"))
            project.related_articles.set(pick(articles, item, "related_articles", "articles"))

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
            article = save_if_changed(Article, existing.get(slug), item, values)
            article.topics.set(pick(topics, item, "topics", "topics"))
            articles[slug] = article
        return articles
