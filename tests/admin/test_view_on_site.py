""" "View on site" in the admin never leads to a 404: a draft opens the staff preview, public pages open themselves."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Status
from tests.factories import make_article, make_partner, make_project

pytestmark = pytest.mark.django_db


def view_on_site(client, model, pk):
    page = client.get(reverse(f"admin:{model}_change", args=[pk]))
    assert page.status_code == 200
    return re.search(r'<a href="([^"]+)" class="viewsitelink">', page.text).group(1)


@pytest.mark.parametrize(
    "fields",
    [
        {"status": Status.DRAFT},
        {"status": Status.REVIEW},
        {"status": Status.PUBLISHED, "published_at": timezone.now() + timezone.timedelta(days=1)},
    ],
    ids=["draft", "review", "scheduled"],
)
def test_an_article_that_is_not_public_opens_the_preview(chief_client, fields):
    article = make_article(title="Nog niet openbaar", **fields)
    url = view_on_site(chief_client, "articles_article", article.pk)
    assert url == reverse("articles:preview", kwargs={"pk": article.pk})
    response = chief_client.get(url)
    assert response.status_code == 200 and "Nog niet openbaar" in response.text


def test_a_public_article_opens_its_public_page(chief_client):
    article = make_article(status=Status.PUBLISHED)
    response = chief_client.get(view_on_site(chief_client, "articles_article", article.pk), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith(article.get_absolute_url())


def test_partners_and_projects_are_always_public(chief_client):
    partner = make_partner("Fier", slug="fier")
    project = make_project("Terugkeer", slug="terugkeer", start_date="2020-01-01")
    for model, obj in (("partners_partner", partner), ("projects_project", project)):
        response = chief_client.get(view_on_site(chief_client, model, obj.pk), follow=True)
        assert response.status_code == 200
        assert response.redirect_chain[-1][0].endswith(obj.get_absolute_url())
