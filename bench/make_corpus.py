"""Fill the database with a benchmark corpus of articles, projects and partners.

    .venv/bin/python bench/make_corpus.py --articles 100000     # or 3000, the 2015 size

Loads the demo vocabulary first (load_demo), then adds generated rows whose
slugs start with "bench-"; running it again replaces them. Text follows a
Zipf-like word frequency, so very common and very rare terms both exist.
Rows go in with bulk inserts; PostgreSQL computes the search vectors itself
(generated columns), so nothing is computed row by row in Python but the text.
"""

import argparse
import bisect
import os
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-" + "k" * 40)
# load_demo belongs to the demo app, which production settings leave out.
os.environ.setdefault("DJANGO_DEMO", "1")
# Migrating a large corpus (a new stored column rewrites the table) outlasts the site's statement timeout.
os.environ.setdefault("DJANGO_STATEMENT_TIMEOUT_MS", "0")

import django  # noqa: E402
import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from articles.models import Article, ArticleType, Status  # noqa: E402
from bench import vocabulary  # noqa: E402
from ckm_portal.demo import files  # noqa: E402
from ckm_portal.search.signals import refresh_topic_text  # noqa: E402
from ckm_portal.topics.models import TaggedTopic, Topic, TopicKind  # noqa: E402
from partners.models import Partner, PartnerKind, Scope  # noqa: E402
from projects.models import Project, ProjectStatus  # noqa: E402

PREFIX = "bench-"
BATCH = 2000
YEARS = 15
TYPE_WEIGHTS = {
    ArticleType.NEWS: 40,
    ArticleType.BACKGROUND: 15,
    ArticleType.RESEARCH: 12,
    ArticleType.CASE_LAW: 15,
    ArticleType.LEGISLATION: 8,
    ArticleType.OPINION: 5,
    ArticleType.BOOK: 2,
    ArticleType.EVENT: 3,
}


class Zipf:
    """Draw words so that the word of rank r comes up with weight 1/r^s."""

    def __init__(self, words, rng, exponent=1.07):
        self.words = words
        self.rng = rng
        self.cumulative = list(accumulate(1 / rank**exponent for rank in range(1, len(words) + 1)))

    def draw(self, count):
        total = self.cumulative[-1]
        return [
            self.words[bisect.bisect(self.cumulative, self.rng.random() * total) % len(self.words)]
            for _ in range(count)
        ]

    def sentence(self, low=8, high=18):
        words = self.draw(self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."

    def paragraphs(self, count, sentences=(3, 6)):
        return "".join(
            "<p>" + " ".join(self.sentence() for _ in range(self.rng.randint(*sentences))) + "</p>"
            for _ in range(count)
        )


def ensure_database():
    """Create the benchmark database when it does not exist yet, then migrate it."""
    params = connection.get_connection_params() | {"dbname": "postgres", "autocommit": True}
    name = connection.settings_dict["NAME"]
    with psycopg.connect(**params) as maintenance:
        if not maintenance.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            maintenance.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"Created database {name}.")
    call_command("migrate", verbosity=0)


def remove_previous_run():
    for model in (Article, Project, Partner):
        ids = list(model.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True))
        TaggedTopic.objects.filter(content_type=ContentType.objects.get_for_model(model), object_id__in=ids).delete()
        model.objects.filter(pk__in=ids).delete()


def pick_topics(rng, by_kind):
    """One or two themes, often a form of exploitation, a sector and one or two countries."""
    chosen = rng.sample(by_kind[TopicKind.THEME], rng.randint(1, 2))
    if rng.random() < 0.6:
        chosen.append(rng.choice(by_kind[TopicKind.EXPLOITATION]))
    if rng.random() < 0.4:
        chosen.append(rng.choice(by_kind[TopicKind.SECTOR]))
    chosen += rng.sample(by_kind[TopicKind.COUNTRY], rng.randint(0, 2))
    return chosen


def tag(model, object_ids, topics_per_object):
    content_type = ContentType.objects.get_for_model(model)
    links = [
        TaggedTopic(content_type=content_type, object_id=object_id, tag_id=topic.pk)
        for object_id, topics in zip(object_ids, topics_per_object, strict=True)
        for topic in topics
    ]
    TaggedTopic.objects.bulk_create(links, batch_size=BATCH * 3)
    refresh_topic_text(model, object_ids)


def make_articles(count, rng, by_kind, sources):
    text = {"nl": Zipf(vocabulary.DUTCH, rng), "en": Zipf(vocabulary.ENGLISH, rng)}
    patterns = {"nl": vocabulary.TITLE_PATTERNS_NL, "en": vocabulary.TITLE_PATTERNS_EN}
    types, weights = zip(*TYPE_WEIGHTS.items(), strict=True)
    now = datetime.now(UTC)
    span = timedelta(days=365 * YEARS).total_seconds()
    for start in range(0, count, BATCH):
        articles, topics = [], []
        for number in range(start, min(start + BATCH, count)):
            language = "nl" if rng.random() < 0.67 else "en"
            chosen = pick_topics(rng, by_kind)
            names = [t.name if language == "nl" else (t.name_en or t.name) for t in chosen]
            title = rng.choice(patterns[language]).format(a=names[0], b=rng.choice(names)).capitalize()
            published = now - timedelta(seconds=rng.random() * span)
            roll = rng.random()
            status = Status.PUBLISHED if roll < 0.95 else rng.choice([Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
            article_type = rng.choices(types, weights)[0]
            articles.append(
                Article(
                    title=f"{title} ({number + 1})",
                    slug=f"{PREFIX}{number + 1}",
                    summary=text[language].sentence(20, 35),
                    body=text[language].paragraphs(rng.randint(2, 5)),
                    article_type=article_type,
                    language=language,
                    publication_date=published.date(),
                    status=status,
                    published_at=published if status != Status.DRAFT else None,
                    source_name=rng.choice(sources),
                    authors=" ".join(text[language].draw(2)).title(),
                    court="Rechtbank" if article_type == ArticleType.CASE_LAW else "",
                )
            )
            topics.append(chosen)
        created = Article.objects.bulk_create(articles)
        tag(Article, [article.pk for article in created], topics)
        print(f"  articles: {start + len(created):>7} / {count}", end="\r", flush=True)
    print()


def make_partners(count, rng, by_kind):
    text = Zipf(vocabulary.DUTCH, rng)
    kinds = list(PartnerKind)
    partners = [
        Partner(
            name=f"{text.draw(1)[0].capitalize()} {number + 1} Organisatie",
            slug=f"{PREFIX}partner-{number + 1}",
            kind=rng.choice(kinds),
            scope=rng.choice(list(Scope)),
            country="NL",
            description_nl=text.paragraphs(1),
        )
        for number in range(count)
    ]
    created = Partner.objects.bulk_create(partners)
    tag(Partner, [p.pk for p in created], [pick_topics(rng, by_kind) for _ in created])
    return created


def make_projects(count, rng, by_kind, partners):
    text = Zipf(vocabulary.DUTCH, rng)
    projects = []
    for number in range(count):
        start = datetime(2011, 1, 1, tzinfo=UTC).date() + timedelta(days=rng.randint(0, 365 * YEARS))
        projects.append(
            Project(
                title=f"Project {text.sentence(3, 6)[:-1]} {number + 1}",
                slug=f"{PREFIX}project-{number + 1}",
                summary=text.sentence(15, 30),
                description=text.paragraphs(2),
                status=rng.choice(list(ProjectStatus)),
                start_date=start,
                end_date=start + timedelta(days=rng.randint(90, 1500)),
            )
        )
    created = Project.objects.bulk_create(projects)
    through = Project.partners.through
    through.objects.bulk_create(
        through(project_id=project.pk, partner_id=partner.pk)
        for project in created
        for partner in rng.sample(partners, 3)
    )
    tag(Project, [p.pk for p in created], [pick_topics(rng, by_kind) for _ in created])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--partners", type=int, default=300)
    parser.add_argument("--projects", type=int, default=600)
    parser.add_argument("--seed", type=int, default=2015)
    options = parser.parse_args()

    started = time.monotonic()
    ensure_database()
    call_command("load_demo")
    rng = random.Random(options.seed)
    # The demo's vocabulary only: the 233 other ISO countries (topics migration 0004) would change the corpus.
    demo_slugs = [item["slug"] for item in files.read_topics(files.CONTENT_DIR)]
    by_kind = {kind: list(Topic.objects.of_kind(kind).filter(slug__in=demo_slugs)) for kind in TopicKind}
    with transaction.atomic():
        remove_previous_run()
        partners = make_partners(options.partners, rng, by_kind)
        make_projects(options.projects, rng, by_kind, partners)
        make_articles(options.articles, rng, by_kind, [p.name for p in Partner.objects.all()])
    with connection.cursor() as cursor:
        # Tagging rewrote every new row once (topic_text, topic_ids); compacted, the tables are as a
        # restored dump would have them, so runs compare whatever happened to the database before.
        # A plain VACUUM after the FULL one sets the visibility map that index-only scans rely on.
        for model in (Article, Project, Partner):
            table = connection.ops.quote_name(model._meta.db_table)
            cursor.execute(f"VACUUM (FULL) {table}")
            cursor.execute(f"VACUUM (ANALYZE) {table}")
        cursor.execute("ANALYZE")
    elapsed = time.monotonic() - started
    print(
        f"Corpus: {Article.objects.count()} articles, {Project.objects.count()} projects, "
        f"{Partner.objects.count()} partners, {TaggedTopic.objects.count()} topic links in {elapsed:.0f} s."
    )


if __name__ == "__main__":
    main()
