"""The review inbox on the admin index, sending an article back with a note, and the mail on submit."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import inbox, services
from articles.models import Article, Status
from ckm_portal.editors import roles
from ckm_portal.topics.models import Topic
from tests.factories import logged_in_client, make_article, make_user
from tests.support.admin_forms import article_form_data

pytestmark = pytest.mark.django_db
HOUR = timezone.timedelta(hours=1)
INDEX = "/admin/"


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def send_back_url(article):
    return reverse("admin:articles_article_send_back", args=[article.pk])


def box(response, key):
    return next(b for b in response.context["review_inbox"]["boxes"] if b.kind.key == key)


def titles(response, key):
    return [article.title for article in box(response, key).articles]


def submitted(title, by, hours_ago):
    return make_article(
        title=title, status=Status.REVIEW, submitted_by=by, submitted_at=timezone.now() - hours_ago * HOUR
    )


# The chief editor's inbox


def test_the_chief_editor_sees_review_oldest_first_scheduled_and_published(chief_client, editor):
    submitted("Nieuwste", editor, 1)
    submitted("Oudste", editor, 30)
    submitted("Middelste", editor, 5)
    make_article(title="Gepland later", status=Status.PUBLISHED, published_at=timezone.now() + 48 * HOUR)
    make_article(title="Gepland morgen", status=Status.PUBLISHED, published_at=timezone.now() + 20 * HOUR)
    make_article(title="Gepubliceerd", status=Status.PUBLISHED)
    make_article(title="Concept", status=Status.DRAFT, created_by=editor)
    Topic.objects.create(name="Vodoo", slug="vodoo", approved=False)

    response = chief_client.get(INDEX)
    assert response.status_code == 200
    assert titles(response, "review") == ["Oudste", "Middelste", "Nieuwste"]
    assert titles(response, "scheduled") == ["Gepland morgen", "Gepland later"]
    assert titles(response, "published") == ["Gepubliceerd"]
    assert response.context["review_inbox"]["topics_awaiting_review"] == 1
    assert not [b for b in response.context["review_inbox"]["boxes"] if b.kind.key.startswith("mine")]
    # Who submitted it is on the page, with links to the change forms and to the unapproved topics.
    assert "redacteur" in response.text
    assert f'href="{change_url(Article.objects.get(title="Oudste"))}"' in response.text
    assert "approved__exact=0" in response.text
    assert response.text.index('id="review-inbox"') < response.text.index('class="app-articles')


def test_a_long_box_shows_a_few_and_links_to_the_filtered_list(chief_client, editor):
    for hours in range(inbox.BOX_SIZE + 3):
        submitted(f"Ter beoordeling {hours}", editor, hours + 1)
    make_article(title="Concept", status=Status.DRAFT)
    response = chief_client.get(INDEX)
    review = box(response, "review")
    assert len(review.articles) == inbox.BOX_SIZE
    assert review.total == inbox.BOX_SIZE + 3
    assert review.list_url in response.text.replace("&amp;", "&")
    # The link leads to exactly that box on the article list.
    listing = chief_client.get(review.list_url)
    assert listing.status_code == 200
    assert listing.context["cl"].result_count == inbox.BOX_SIZE + 3


def test_the_index_takes_the_same_number_of_queries_however_many_articles(chief_client, editor):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert chief_client.get(INDEX).status_code == 200
        return len(queries)

    submitted("Een", editor, 2)
    make_article(status=Status.PUBLISHED)
    few = count_queries()
    for hours in range(15):
        submitted(f"Nog een {hours}", editor, hours)
        make_article(status=Status.PUBLISHED, published_at=timezone.now() + (hours + 1) * HOUR)
        make_article(status=Status.PUBLISHED)
    assert count_queries() == few
    assert few <= 15


# The editor's inbox


def test_the_editor_sees_own_drafts_review_and_what_came_back(editor_client, editor, chief_editor):
    colleague = make_user("collega", roles.EDITOR)
    make_article(title="Mijn concept", created_by=editor)
    make_article(title="Concept van een collega", created_by=colleague)
    submitted("Mijn inzending", editor, 3)
    submitted("Inzending van een collega", colleague, 2)
    returned = submitted("Teruggestuurd", editor, 4)
    services.send_back_to_draft(returned, chief_editor, "Bron ontbreekt.")

    response = editor_client.get(INDEX)
    assert titles(response, "mine_draft") == ["Mijn concept"]
    assert titles(response, "mine_review") == ["Mijn inzending"]
    assert titles(response, "returned") == ["Teruggestuurd"]
    assert "Bron ontbreekt." in response.text
    assert "topics_awaiting_review" not in response.context["review_inbox"]
    assert not [b for b in response.context["review_inbox"]["boxes"] if b.kind.for_chief_editors]
    listing = editor_client.get(box(response, "returned").list_url)
    assert [article.title for article in listing.context["cl"].result_list] == ["Teruggestuurd"]


def test_staff_without_access_to_articles_get_the_plain_index():
    client = logged_in_client(make_user("beheer", is_staff=True))
    response = client.get(INDEX)
    assert response.status_code == 200
    assert response.context["review_inbox"] is None
    assert 'id="review-inbox"' not in response.text


# Sending back


def test_a_chief_editor_sends_an_article_back_with_a_note(chief_client, chief_editor, editor):
    article = submitted("Te kort", editor, 2)
    form = chief_client.get(change_url(article))
    assert send_back_url(article) in form.text
    page = chief_client.get(send_back_url(article))
    assert page.status_code == 200
    assert "csrfmiddlewaretoken" in page.text

    response = chief_client.post(send_back_url(article), {"note": "Voeg de uitspraak toe."})
    assert response.status_code == 302
    assert response.headers["Location"] == INDEX
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert (article.review_note, article.returned_by) == ("Voeg de uitspraak toe.", chief_editor)
    assert article.returned_at is not None
    latest = article.history.latest()
    assert latest.history_user == chief_editor
    assert "Voeg de uitspraak toe." in latest.history_change_reason


def test_a_note_is_required(chief_client, editor):
    article = submitted("Zonder notitie", editor, 2)
    response = chief_client.post(send_back_url(article), {"note": "   "})
    assert response.status_code == 200
    assert response.context["form"].errors["note"]
    assert Article.objects.get(pk=article.pk).status == Status.REVIEW


def test_a_long_note_is_kept_whole_and_shortened_in_the_history(chief_editor, editor):
    article = submitted("Lang", editor, 2)
    note = "Herschrijf de inleiding. " * 20
    services.send_back_to_draft(article, chief_editor, note)
    article.refresh_from_db()
    assert article.review_note == note.strip()
    assert len(article.history.latest().history_change_reason) <= 100


def test_an_editor_cannot_send_back(editor_client, editor):
    article = submitted("Van mij", editor, 2)
    assert send_back_url(article) not in editor_client.get(change_url(article)).text
    assert editor_client.get(send_back_url(article)).status_code == 403
    assert editor_client.post(send_back_url(article), {"note": "Toch maar niet."}).status_code == 403
    with pytest.raises(PermissionDenied):
        services.send_back_to_draft(article, editor, "Toch maar niet.")
    assert Article.objects.get(pk=article.pk).status == Status.REVIEW


def test_only_articles_in_review_or_scheduled_go_back(chief_client, chief_editor):
    scheduled = make_article(status=Status.PUBLISHED, published_at=timezone.now() + HOUR)
    services.send_back_to_draft(scheduled, chief_editor, "Nog niet publiceren.")
    assert Article.objects.get(pk=scheduled.pk).status == Status.DRAFT

    for article in [make_article(status=Status.PUBLISHED), make_article(), make_article(status=Status.ARCHIVED)]:
        with pytest.raises(PermissionDenied):
            services.send_back_to_draft(article, chief_editor, "Terug.")
        response = chief_client.post(send_back_url(article), {"note": "Terug."})
        assert response.status_code == 302
        assert response.headers["Location"] == change_url(article)
        assert Article.objects.get(pk=article.pk).status == article.status
    with pytest.raises(ValidationError):
        services.send_back_to_draft(make_article(status=Status.REVIEW), chief_editor, "  ")


def test_an_unknown_article_is_not_a_server_error(chief_client):
    assert chief_client.get("/admin/articles/article/999999/send-back/").status_code == 302


def test_the_editor_sees_the_note_on_the_form_until_the_next_submit(editor_client, editor, chief_editor):
    article = submitted("Terug", editor, 2)
    services.send_back_to_draft(article, chief_editor, "Controleer de ECLI.")
    form = editor_client.get(change_url(article))
    assert 'id="review-note"' in form.text
    assert "Controleer de ECLI." in form.text
    assert "hoofdredacteur" in form.text

    article.refresh_from_db()
    response = editor_client.post(change_url(article), article_form_data(article, status="review"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    assert (article.review_note, article.returned_by, article.submitted_by) == ("", None, editor)
    assert "Controleer de ECLI." not in editor_client.get(change_url(article)).text
    assert "Controleer de ECLI." not in editor_client.get(INDEX).text


# Recording the submission, and the mail


def test_submitting_records_who_and_when(editor_client, editor):
    article = make_article(created_by=editor)
    before = timezone.now()
    response = editor_client.post(
        reverse("admin:articles_article_changelist"), {"action": "submit_selected", "_selected_action": [article.pk]}
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    assert article.submitted_by == editor
    assert article.submitted_at >= before


def chief(username, email, **extra):
    return make_user(username, roles.CHIEF_EDITOR, email=email, **extra)


def test_chief_editors_with_an_address_get_one_mail_on_submit(
    editor_client, editor, django_capture_on_commit_callbacks
):
    chief("anna", "anna@ckm.example")
    chief("bram", "bram@ckm.example")
    chief("zonder-adres", "")
    chief("vertrokken", "oud@ckm.example", is_active=False)
    make_user("andere-redacteur", roles.EDITOR, email="redactie@ckm.example")
    article = make_article(title="Loverboys in Nederland", created_by=editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(change_url(article), article_form_data(article, status="review"))
    assert response.status_code == 302
    assert sorted(message.to[0] for message in mail.outbox) == ["anna@ckm.example", "bram@ckm.example"]
    assert all(len(message.to) == 1 for message in mail.outbox)
    message = mail.outbox[0]
    assert "Loverboys in Nederland" in message.subject
    assert "redacteur" in message.body
    assert f"http://testserver{change_url(article)}" in message.body


def test_no_mail_for_other_saves_or_without_chief_editor_addresses(
    editor_client, editor, chief_editor, django_capture_on_commit_callbacks
):
    article = make_article(created_by=editor)
    with django_capture_on_commit_callbacks(execute=True):
        # chief_editor has no address: nobody to tell.
        assert editor_client.post(change_url(article), article_form_data(article, status="review")).status_code == 302
    assert mail.outbox == []
    chief("anna", "anna@ckm.example")
    with django_capture_on_commit_callbacks(execute=True):
        # Saving an article that is in review already is no new submission.
        article.refresh_from_db()
        data = article_form_data(article, title="Nieuwe titel", status="review")
        assert editor_client.post(change_url(article), data).status_code == 302
        # The import (no site_url) mails nobody.
        imported = make_article()
        imported.status = Status.REVIEW
        services.save_article(imported, services.SYSTEM, reason="import")
        services.save_article(make_article(status=Status.REVIEW), editor)
    assert Article.objects.get(pk=article.pk).title == "Nieuwe titel"
    assert mail.outbox == []


def test_a_mail_failure_does_not_break_the_save(
    editor_client, editor, settings, django_capture_on_commit_callbacks, caplog
):
    chief("anna", "anna@ckm.example")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # nothing listens on the discard port
    article = make_article(created_by=editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(change_url(article), article_form_data(article, status="review"))
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).status == Status.REVIEW
    assert "mail to the chief editors failed" in caplog.text


def test_the_inbox_and_the_send_back_page_are_in_dutch(chief_client, editor):
    article = submitted("Nederlands", editor, 2)
    index = chief_client.get(INDEX).text
    assert "Wacht op beoordeling" in index
    assert "aangeboden door redacteur" in index
    page = chief_client.get(send_back_url(article)).text
    assert "Notitie voor de redacteur" in page
    for english in ["Waiting for review", "submitted by", "Send back to draft", "Note for the editor"]:
        assert english not in index + page


def test_a_chief_editor_who_submits_is_not_mailed_about_it(django_capture_on_commit_callbacks):
    anna = chief("anna", "anna@ckm.example")
    chief("bram", "bram@ckm.example")
    article = make_article(created_by=anna)
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_for_review(article, anna, site_url="https://kennisbank.example/")
    assert [message.to for message in mail.outbox] == [["bram@ckm.example"]]
    assert f"https://kennisbank.example{change_url(article)}" in mail.outbox[0].body
