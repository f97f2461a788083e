"""An ECLI typed or imported in lower case, or with spaces around it, is corrected, not refused."""

import pytest
from django.urls import reverse

from articles.models import Article
from articles.transfer import import_articles
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TYPED = "  ecli:nl:rbams:2015:1234 "
CORRECTED = "ECLI:NL:RBAMS:2015:1234"


def change_form_data(article, **fields):
    return {
        "title": article.title,
        "slug": article.slug,
        "article_type": "case_law",
        "language": "nl",
        "status": "draft",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        **fields,
    }


def test_the_admin_form_stores_a_lower_case_ecli_in_upper_case(editor_client):
    article = make_article()
    url = reverse("admin:articles_article_change", args=[article.pk])
    response = editor_client.post(url, change_form_data(article, ecli=TYPED))
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    article.refresh_from_db()
    assert article.ecli == CORRECTED


def test_the_admin_form_still_refuses_what_is_no_ecli(editor_client):
    article = make_article()
    url = reverse("admin:articles_article_change", args=[article.pk])
    response = editor_client.post(url, change_form_data(article, ecli="nl:2024:12"))
    assert response.status_code == 200
    assert "ecli" in response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.ecli == ""


def test_the_import_stores_a_lower_case_ecli_in_upper_case():
    report = import_articles([{"title": "Uitspraak", "slug": "uitspraak", "article_type": "case_law", "ecli": TYPED}])
    assert report.errors == [] and report.created == 1
    assert Article.objects.get(slug="uitspraak").ecli == CORRECTED
    # Imported again as typed, nothing changes: the comparison is with the corrected value.
    again = import_articles([{"title": "Uitspraak", "slug": "uitspraak", "article_type": "case_law", "ecli": TYPED}])
    assert again.unchanged == 1
