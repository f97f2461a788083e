"""The staff preview renders any article, draft or not, with the public template; nobody else sees it."""

import pytest
from django.urls import reverse

from articles.models import Status
from ckm_portal.topics.models import Topic
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    article = make_article(title="Nog geheim", body="<p>concepttekst</p>", status=Status.DRAFT)
    article.topics.add(Topic.objects.create(name="Voodoo", slug="voodoo", kind="theme"))
    return article


def test_staff_preview_a_draft_with_the_public_template(editor_client, draft, django_assert_max_num_queries):
    url = reverse("articles:preview", kwargs={"pk": draft.pk})
    with django_assert_max_num_queries(15):
        response = editor_client.get(url)
    assert response.status_code == 200
    assert "articles/article_detail.html" in [template.name for template in response.templates]
    assert "Nog geheim" in response.text and "concepttekst" in response.text and "Voodoo" in response.text
    assert response.context["preview"] is True
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_the_public_and_non_staff_cannot_preview(client, draft):
    url = reverse("articles:preview", kwargs={"pk": draft.pk})
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(make_user("lezer"))
    assert client.get(url).status_code == 302
    assert client.get(reverse("articles:detail", kwargs={"slug": draft.slug})).status_code == 404


def test_staff_without_article_permissions_cannot_preview(client, draft):
    client.force_login(make_user("beheerder", is_staff=True))
    assert client.get(reverse("articles:preview", kwargs={"pk": draft.pk})).status_code == 403


def test_preview_of_a_missing_article_is_404(editor_client):
    assert editor_client.get(reverse("articles:preview", kwargs={"pk": 999999})).status_code == 404
