"""Factories: saved rows in the real PostgreSQL test database, with defaults a test may override.

Every factory takes any model field as a keyword argument; ``topics=`` links topics after saving.
Titles and slugs left out are numbered from one counter, so they never collide within a run.
"""

import functools
import itertools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from articles.models import Article, ArticleType, Attachment, Status
from ckm_portal.editors import roles
from ckm_portal.topics.models import Topic, TopicKind
from partners.models import Partner, PartnerKind, Scope
from projects.models import Project, ProjectStatus

# The password of every user made here; the browser tests type it into the login form.
PASSWORD = "correct-horse-battery-staple-42"

# A minimal but well-formed PDF: header, one empty page, cross-reference table, trailer.
PDF = b"\n".join(
    [
        b"%PDF-1.4",
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
        b"xref",
        b"0 4",
        b"0000000000 65535 f ",
        b"0000000009 00000 n ",
        b"0000000058 00000 n ",
        b"0000000115 00000 n ",
        b"trailer << /Size 4 /Root 1 0 R >>",
        b"startxref",
        b"186",
        b"%%EOF",
        b"",
    ]
)

_numbers = itertools.count(1)
# make_content numbers its own way: its countries' ISO codes cycle through 26 letters.
_contents = itertools.count(1)


def _with_topics(obj, topics):
    if topics:
        obj.topics.add(*topics)
    return obj


def make_topic(name=None, kind=TopicKind.THEME, **fields):
    """A topic; the slug follows the name, and a country gets an ISO code from its first two letters."""
    name = name or f"Onderwerp {next(_numbers)}"
    fields.setdefault("slug", name.lower().replace(" ", "-"))
    if kind == TopicKind.COUNTRY:
        fields.setdefault("iso_code", name[:2].upper())
    return Topic.objects.create(name=name, kind=kind, **fields)


def make_article(title=None, *, topics=(), days_ago=None, **fields):
    """An article as an editor finds it: a draft unless ``status`` says otherwise, no text beyond its title.

    ``days_ago`` sets ``published_at`` that many days back (negative: scheduled ahead); a published
    article given neither was published an hour ago.
    """
    number = next(_numbers)
    fields.setdefault("slug", f"artikel-{number}")
    if days_ago is not None:
        fields.setdefault("published_at", timezone.now() - timedelta(days=days_ago))
    elif fields.get("status") == Status.PUBLISHED:
        fields.setdefault("published_at", timezone.now() - timedelta(hours=1))
    article = Article.objects.create(title=title or f"Artikel {number}", **fields)
    return _with_topics(article, topics)


def make_published_article(title=None, *, topics=(), days_ago=1, **fields):
    """A news article as a visitor finds it: published ``days_ago`` days ago, with a summary and a body."""
    title = title or f"Artikel {next(_numbers)}"
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("article_type", ArticleType.NEWS)
    fields.setdefault("summary", f"Samenvatting van {title}.")
    fields.setdefault("body", f"<p>Tekst van {title}.</p>")
    return make_article(title, topics=topics, days_ago=days_ago, **fields)


def make_attachment(article, title="Uitspraak", name="uitspraak.pdf", content=PDF):
    """A PDF attached to ``article``, stored under MEDIA_ROOT (a folder of the test's own)."""
    attachment = Attachment(article=article, title=title)
    attachment.file.save(name, ContentFile(content), save=True)
    return attachment


def make_partner(name=None, *, topics=(), **fields):
    """A national NGO unless told otherwise."""
    number = next(_numbers)
    fields.setdefault("slug", f"organisatie-{number}")
    fields.setdefault("kind", PartnerKind.NGO)
    fields.setdefault("scope", Scope.NATIONAL)
    partner = Partner.objects.create(name=name or f"Organisatie {number}", **fields)
    return _with_topics(partner, topics)


def make_project(title=None, *, topics=(), **fields):
    """A running project unless told otherwise."""
    number = next(_numbers)
    fields.setdefault("slug", f"project-{number}")
    fields.setdefault("status", ProjectStatus.RUNNING)
    project = Project.objects.create(title=title or f"Project {number}", **fields)
    return _with_topics(project, topics)


@functools.cache
def _password_hash():
    # The settings' own hasher, run once per session: hashing is slow by design (a second a user
    # on a busy machine), and every user made here has the same password.
    return make_password(PASSWORD)


def make_user(username=None, role=None, **fields):
    """A user with the shared PASSWORD; ``role`` is one of ckm_portal.editors.roles (EDITOR, CHIEF_EDITOR)."""
    username = username or f"gebruiker-{next(_numbers)}"
    user = get_user_model().objects.create_user(username=username, **fields)
    user.password = _password_hash()
    user.save(update_fields=["password"])
    if role:
        roles.assign(user, role)
    return user


def logged_in_client(user):
    """A test client of its own logged in as ``user``, so one test can act as two people."""
    client = Client()
    client.force_login(user)
    return client


def make_content(text="Loverboys en uitbuiting"):
    """One of everything a public page can show, all titled ``text``: for the hardening tests.

    A theme, a country, a published case-law article with an attachment, an upcoming event, a partner and a project;
    the article's source and the partner's website are script URLs that must never become links.
    """
    n = next(_contents)
    theme = make_topic(f"{text} {n}", name_en=text, slug=f"theme-{n}", description_nl=text, description_en=text,
                       aliases=[text])  # fmt: skip
    country = make_topic(f"{text} land {n}", TopicKind.COUNTRY, slug=f"country-{n}",
                         iso_code=f"Q{chr(ord('A') + n % 26)}", description_nl=text)  # fmt: skip
    article = make_article(
        text, slug=f"article-{n}", summary=text, body=f"<p>{text}</p>", source_name=text, authors=text,
        source_url=f"javascript:window.__xss={n}", article_type=ArticleType.CASE_LAW, court=text,
        status=Status.PUBLISHED, days_ago=1, topics=[theme, country],
    )  # fmt: skip
    make_attachment(article, title=text, name="bijlage.pdf", content=b"%PDF-1.4\n%%EOF\n")
    # An upcoming event, so the agenda and its .ics files have something to show.
    start = timezone.now() + timedelta(days=7)
    event = make_article(
        text, slug=f"event-{n}", summary=text, article_type=ArticleType.EVENT, status=Status.PUBLISHED, days_ago=1,
        event_start=start, event_end=start + timedelta(hours=2), event_place=text, topics=[theme],
    )  # fmt: skip
    partner = make_partner(f"{text} {n}", slug=f"partner-{n}", description_nl=text, description_en=text,
                           website=f" JavaScript:window.__xss={n}", topics=[theme])  # fmt: skip
    project = make_project(text, slug=f"project-{n}", summary=text, description=text, results=text,
                           topics=[theme, country])  # fmt: skip
    project.partners.add(partner)
    project.related_articles.add(article)
    return {
        "theme": theme, "country": country, "article": article, "event": event, "partner": partner, "project": project,
    }  # fmt: skip
