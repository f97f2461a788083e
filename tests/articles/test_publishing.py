"""The publication rule (what the public sees) and the permission rule (who may publish), by every route."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, Status
from ckm_portal.editors import roles
from tests.factories import make_article
from tests.support.admin_forms import article_form_data

pytestmark = pytest.mark.django_db
HOUR = timezone.timedelta(hours=1)


def test_only_published_articles_whose_moment_has_come_are_public():
    now = timezone.now()
    public = make_article(status=Status.PUBLISHED, published_at=now - HOUR)
    make_article(status=Status.DRAFT, published_at=now - HOUR)
    make_article(status=Status.REVIEW, published_at=now - HOUR)
    make_article(status=Status.PUBLISHED, published_at=now + HOUR)  # scheduled
    make_article(status=Status.ARCHIVED, published_at=now - HOUR)
    assert list(Article.objects.published()) == [public]


def test_a_scheduled_article_goes_public_when_its_moment_comes(chief_editor):
    article = make_article()
    services.publish_article(article, chief_editor, when=timezone.now() + HOUR)
    assert not Article.objects.published().exists()
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - HOUR)
    assert list(Article.objects.published()) == [article]


def test_the_roles_exist_with_their_permissions():
    editor_perms = set(Group.objects.get(name=roles.EDITOR).permissions.values_list("codename", flat=True))
    chief_perms = set(Group.objects.get(name=roles.CHIEF_EDITOR).permissions.values_list("codename", flat=True))
    assert {"add_article", "change_article", "view_article", "add_attachment", "view_topic"} <= editor_perms
    assert "publish_article" not in editor_perms
    assert "delete_article" not in editor_perms
    assert {"publish_article", "change_topic", "change_partner", "change_project"} <= chief_perms
    assert editor_perms <= chief_perms


@pytest.mark.parametrize("transition", [services.publish_article, services.archive_article])
def test_an_editor_cannot_publish_or_archive_through_the_service(editor, transition):
    article = make_article(status=Status.REVIEW)
    with pytest.raises(PermissionDenied):
        transition(article, editor)
    article.refresh_from_db()
    assert article.status == Status.REVIEW


def test_an_editor_cannot_publish_by_saving_a_published_status(editor):
    article = make_article()
    article.status = Status.PUBLISHED
    article.published_at = timezone.now()
    with pytest.raises(PermissionDenied):
        services.save_article(article, editor)
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT


def test_an_editor_cannot_unpublish_or_reschedule(editor):
    article = make_article(status=Status.PUBLISHED)
    with pytest.raises(PermissionDenied):
        services.unpublish_article(article, editor)
    article = Article.objects.get(pk=article.pk)
    article.published_at = timezone.now() + HOUR
    with pytest.raises(PermissionDenied):
        services.save_article(article, editor)


def test_an_editor_submits_and_a_chief_editor_publishes(editor, chief_editor):
    article = make_article()
    services.submit_for_review(article, editor)
    assert Article.objects.get(pk=article.pk).status == Status.REVIEW
    services.publish_article(article, chief_editor)
    assert list(Article.objects.published()) == [article]
    assert article.history.first().history_user == chief_editor


def test_only_drafts_can_be_submitted(editor):
    with pytest.raises(PermissionDenied):
        services.submit_for_review(make_article(status=Status.ARCHIVED), editor)


def test_a_user_given_the_publish_permission_directly_can_publish(editor):
    editor.user_permissions.add(Permission.objects.get(codename="publish_article"))
    editor = type(editor).objects.get(pk=editor.pk)  # fresh permission cache
    services.publish_article(make_article(), editor)
    assert Article.objects.published().count() == 1


# The admin change form


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_the_editor_form_offers_draft_and_review_only(editor_client):
    article = make_article()
    response = editor_client.get(change_url(article))
    assert response.status_code == 200
    choices = [value for value, _ in response.context["adminform"].form.fields["status"].choices]
    assert choices == [Status.DRAFT, Status.REVIEW]
    assert "published_at" not in response.context["adminform"].form.fields


def test_an_editor_posting_published_in_the_form_is_refused(editor_client):
    article = make_article()
    response = editor_client.post(
        change_url(article), article_form_data(article, status="published", published_at_0="2020-01-01")
    )
    assert response.status_code == 200  # the form again, with an error
    assert response.context["adminform"].form.errors["status"]
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT


def test_an_editor_submits_for_review_in_the_form(editor_client, editor):
    article = make_article()
    response = editor_client.post(change_url(article), article_form_data(article, status="review"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    assert article.history.first().history_user == editor


def test_an_editor_cannot_change_a_published_article(editor_client):
    article = make_article(status=Status.PUBLISHED, title="Oud")
    assert editor_client.get(change_url(article)).context["has_change_permission"] is False
    response = editor_client.post(change_url(article), article_form_data(article, title="Nieuw", status="draft"))
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).title == "Oud"


def test_a_chief_editor_publishes_in_the_form(chief_client):
    article = make_article(status=Status.REVIEW)
    response = chief_client.post(change_url(article), article_form_data(article, status="published"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert list(Article.objects.published()) == [article]


# The bulk actions


def post_action(client, action, articles):
    return client.post(
        reverse("admin:articles_article_changelist"),
        {"action": action, "_selected_action": [article.pk for article in articles]},
        follow=True,
    )


@pytest.mark.parametrize("action", ["publish_selected", "archive_selected", "unpublish_selected"])
def test_an_editor_is_not_offered_and_cannot_run_the_publishing_actions(editor_client, action):
    articles = [make_article(status=Status.REVIEW), make_article(status=Status.PUBLISHED)]
    response = editor_client.get(reverse("admin:articles_article_changelist"))
    assert action not in dict(response.context["action_form"].fields["action"].choices)
    post_action(editor_client, action, articles)
    assert sorted(Article.objects.values_list("status", flat=True)) == ["published", "review"]


def test_the_chief_editor_bulk_actions(chief_client):
    articles = [make_article(status=Status.REVIEW), make_article(status=Status.DRAFT)]
    response = post_action(chief_client, "publish_selected", articles)
    assert "2 artikelen gepubliceerd" in response.text or "2 articles published" in response.text
    assert Article.objects.published().count() == 2
    post_action(chief_client, "unpublish_selected", articles[:1])
    assert Article.objects.published().count() == 1
    post_action(chief_client, "archive_selected", articles)
    assert set(Article.objects.values_list("status", flat=True)) == {"archived"}


def test_an_editor_submits_drafts_in_bulk(editor_client):
    draft, archived = make_article(), make_article(status=Status.ARCHIVED)
    post_action(editor_client, "submit_selected", [draft, archived])
    assert Article.objects.get(pk=draft.pk).status == Status.REVIEW
    assert Article.objects.get(pk=archived.pk).status == Status.ARCHIVED
