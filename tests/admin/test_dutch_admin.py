"""Every admin page an editor uses, rendered for a Dutch editor, has no English left; an English editor gets English.

The admin has one URL for everyone, so its language follows the browser (Accept-Language, or the
language cookie), Dutch by default (ckm_portal.editors.middleware). The rich-text toolbar's labels
are set by JavaScript: tests/browser/test_admin_dutch.py reads them in Chromium.
"""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Status
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import make_article, make_partner, make_project

pytestmark = pytest.mark.django_db

ENGLISH = ["Revert", "Choose a date", "CHANGED BY", "Changed by", "review → published", "Heading 2", "Paragraph"]
ENGLISH += ["Edit Link", "Django administration", "Django site admin", "View history", "Change history"]
MICROSECONDS = re.compile(r"\d:\d\d:\d\d\.\d+|\+00:00")
NONE_SHOWN = re.compile(r">\s*None\s*<")
DATA_ATTRIBUTE = re.compile(r'\sdata-[\w-]+="[^"]*"')
DUTCH = "nl-NL,nl;q=0.9"


@pytest.fixture
def content(chief_editor):
    voodoo = Topic.objects.create(name="Voodoo", slug="voodoo", kind=TopicKind.THEME)
    article = make_article(title="Juju-eed", status=Status.REVIEW, topics=[voodoo], created_by=chief_editor)
    article.title = "De juju-eed"
    article.status = Status.PUBLISHED
    article.published_at = datetime(2026, 3, 1, 9, 30, 15, 654321, tzinfo=ZoneInfo("UTC"))
    article._history_user = chief_editor
    article.save()
    article.status = Status.REVIEW  # in review again, so that it can be sent back
    article.save()
    scheduled = make_article(status=Status.PUBLISHED, published_at=timezone.now() + timezone.timedelta(days=3))
    partner = make_partner("Fier", slug="fier")
    partner.name = "Fier Fryslân"
    partner.save()
    project = make_project("Terugkeer", slug="terugkeer", description="<p>Over terugkeer.</p>")
    project.is_featured = True
    project.save()
    return {"article": article, "scheduled": scheduled, "partner": partner, "project": project, "topic": voodoo}


def admin_url(obj, view, *args):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[obj.pk, *args])


def editor_pages(content):
    """The pages an editor opens: lists, forms, history list and an earlier version."""
    article, partner, project, topic = content["article"], content["partner"], content["project"], content["topic"]
    pages = [
        reverse("admin:index"),
        reverse("admin:articles_article_changelist"),
        reverse("admin:projects_project_changelist"),
        reverse("admin:partners_partner_changelist"),
        reverse("admin:topics_topic_changelist"),
        reverse("admin:articles_article_add"),
        admin_url(topic, "change"),
    ]
    for obj in (article, partner, project):
        oldest = obj.history.earliest()
        pages += [admin_url(obj, "change"), admin_url(obj, "history"), admin_url(obj, "simple_history", oldest.pk)]
    return pages


def chief_pages(content):
    return [
        reverse("admin:projects_project_add"),
        reverse("admin:partners_partner_add"),
        admin_url(content["scheduled"], "change"),
        reverse("admin:articles_article_send_back", args=[content["article"].pk]),
    ]


def english_left(html):
    """Each English string found, with some context for the failure message.

    data-* attributes are left out: the editor's configuration names its extensions ("Paragraph").
    """
    html = DATA_ATTRIBUTE.sub("", html)
    patterns = [re.escape(text) for text in ENGLISH] + [MICROSECONDS.pattern, NONE_SHOWN.pattern]
    return [html[max(match.start() - 80, 0) : match.end() + 20] for match in re.finditer("|".join(patterns), html)]


def test_every_page_an_editor_uses_is_dutch(editor_client, chief_client, content):
    for client, urls in [(editor_client, editor_pages(content)), (chief_client, chief_pages(content))]:
        for url in urls:
            response = client.get(url, HTTP_ACCEPT_LANGUAGE=DUTCH)
            assert response.status_code == 200, url
            html = response.text
            assert '<html lang="nl"' in html, url
            assert "CKM-kennisbank" in html, url
            assert english_left(html) == [], (url, english_left(html))


def test_the_dutch_pages_say_what_changed_in_dutch(editor_client, content):
    article = content["article"]
    history = editor_client.get(admin_url(article, "history"), HTTP_ACCEPT_LANGUAGE=DUTCH).text
    for expected in ["Ter beoordeling → Gepubliceerd", "Gepubliceerd → Ter beoordeling", "1 maart 2026 10:30"]:
        assert expected in history
    assert "Gewijzigd door" in history
    version = editor_client.get(admin_url(article, "simple_history", article.history.earliest().pk)).text
    assert "Terugzetten" in version
    assert "Ingepland" in editor_client.get(reverse("admin:articles_article_changelist")).text


def test_dutch_is_the_default_without_a_browser_language(editor_client, content):
    response = editor_client.get(reverse("admin:index"))
    assert '<html lang="nl"' in response.text
    assert response["Content-Language"] == "nl"


def test_an_english_editor_gets_english(editor_client, content):
    article = content["article"]
    index = editor_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert '<html lang="en"' in index.text
    assert "CKM knowledge base" in index.text
    assert "Accept-Language" in index["Vary"]
    history = editor_client.get(admin_url(article, "history"), HTTP_ACCEPT_LANGUAGE="en").text
    assert "In review → Published" in history
    assert "Changed by" in history
    assert "March 1, 2026, 10:30 a.m." in history
    version = editor_client.get(
        admin_url(article, "simple_history", article.history.earliest().pk), HTTP_ACCEPT_LANGUAGE="en"
    ).text
    assert 'value="Revert"' in version or "Revert" in version


def test_the_language_cookie_wins_over_the_browser(editor_client, settings, content):
    editor_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = editor_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE=DUTCH)
    assert '<html lang="en"' in response.text


def test_the_public_site_keeps_its_language_from_the_url(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="nl"' in response.text
