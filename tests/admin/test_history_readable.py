"""History as editors read it (labels, local times, names, words) and without phantom changes."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from articles import services
from articles.models import Article, Status
from ckm_portal.editors.history import readable_history
from tests.factories import make_article, make_partner, make_project
from tests.support.admin_forms import form_fields

pytestmark = pytest.mark.django_db

UTC = ZoneInfo("UTC")


def post_unchanged(client, obj):
    """Open the object's change form and save it as it is, as an editor pressing "Save" would."""
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    page = client.get(url)
    assert page.status_code == 200
    data = {}
    for name, value in form_fields(page.text, f"{opts.model_name}_form"):
        data.setdefault(name, []).append(value)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def test_saving_an_unchanged_article_records_no_changed_fields(chief_client, chief_editor):
    # Microseconds as timezone.now() gives them: the admin's time input shows whole seconds.
    article = make_article(
        status=Status.PUBLISHED,
        published_at=datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC),
        body='<h2>Kop</h2><p>Tekst met <a href="https://example.org/x">link</a> en <strong>nadruk</strong>.</p>',
        source_url="https://example.org/bron",
        summary="Samenvatting",
        created_by=chief_editor,
    )
    assert article.published_at.microsecond == 0
    post_unchanged(chief_client, article)
    newest, before = article.history.all()[:2]
    assert newest.diff_against(before).changed_fields == []
    assert readable_history([newest, before])[0].changes == []


def test_saving_unchanged_partners_and_projects_records_no_changed_fields(chief_client):
    partner = make_partner("Fier", slug="fier", website="https://www.fier.nl")
    project = make_project(
        "Terugkeer", slug="terugkeer", description="<p>Over <em>terugkeer</em>.</p>", start_date="2024-01-01"
    )
    for obj in (partner, project):
        post_unchanged(chief_client, obj)
        newest, before = obj.history.all()[:2]
        assert newest.diff_against(before).changed_fields == []


def test_every_publish_moment_is_stored_to_the_second(chief_editor):
    article = services.publish_article(make_article(), chief_editor)
    assert article.published_at.microsecond == 0
    assert Article.objects.get(pk=article.pk).published_at.microsecond == 0


@pytest.fixture
def changed_article(chief_editor):
    chief_editor.first_name, chief_editor.last_name = "Hanna", "de Hoofd"
    chief_editor.save()
    article = make_article(status=Status.REVIEW, title="Oud", body="<p>Eerste <strong>tekst</strong></p>")
    article.status = Status.PUBLISHED
    article.published_at = datetime(2026, 3, 1, 9, 30, 15, tzinfo=UTC)
    article.title = "Nieuw"
    article._history_user = chief_editor
    article.save()
    return article


def test_history_entries_read_as_labels_local_times_names_and_words(changed_article):
    with translation.override("nl"):
        newest, created = readable_history(changed_article.history.all())
    assert (newest.change_type, newest.user, newest.reason) == ("Gewijzigd", "Hanna de Hoofd", "")
    assert created.change_type == "Aangemaakt"
    assert created.user == "—"
    changes = {change.label: (change.old, change.new) for change in newest.changes}
    assert changes["Status"] == ("Ter beoordeling", "Gepubliceerd")
    assert changes["Titel"] == ("Oud", "Nieuw")
    # 09:30:15 UTC is 10:30 in Amsterdam in March; formatted as the admin formats datetimes.
    assert changes["Publicatiemoment"] == ("—", "1 maart 2026 10:30")
    assert "Bijgewerkt" not in changes  # updated_at is the record's own moment, not an edit


def test_the_history_list_shows_readable_entries(chief_client, changed_article, django_assert_max_num_queries):
    url = reverse("admin:articles_article_history", args=[changed_article.pk])
    with django_assert_max_num_queries(12):
        response = chief_client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
    text = response.text
    assert response.status_code == 200
    for expected in ["Ter beoordeling → Gepubliceerd", "Hanna de Hoofd", "1 maart 2026 10:30", "Gewijzigd door"]:
        assert expected in text
    for raw in ["review → published", "None", "+00:00", "Changed by", ".123"]:
        assert raw not in text


def test_the_history_list_takes_the_same_queries_for_many_versions(chief_client, chief_editor):
    article = make_article(title="Versie 0", created_by=chief_editor)
    url = reverse("admin:articles_article_history", args=[article.pk])
    chief_client.get(url)  # warm caches (content types, permissions)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert chief_client.get(url).status_code == 200
        return len(captured)

    few = queries()
    for number in range(1, 12):
        article.title, article._history_user = f"Versie {number}", chief_editor
        article.save()
    assert queries() == few
