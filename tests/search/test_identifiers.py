"""Case law by its number (ECLI, its last parts, court and year), publications by DOI and ISBN."""

from datetime import date

import pytest
from django.db import connection, transaction
from django.urls import reverse

from articles import identifiers
from articles.models import Article, ArticleType, Status
from ckm_portal.core.search_backend import get_search_backend
from tests.factories import make_article, make_published_article

pytestmark = pytest.mark.django_db

URL = reverse("search:results")
API_URL = "/api/v1/articles/"


@pytest.fixture
def numbered(corpus):
    """Two rulings sharing a year and number (different courts), a draft ruling, a report with a DOI, a book."""
    ruling = {"article_type": ArticleType.CASE_LAW, "days_ago": 40}
    return {
        "hr": make_published_article(
            "Dwang door een voodoo-eed is uitbuiting",
            court="Hoge Raad (Supreme Court of the Netherlands)",
            ecli="ECLI:NL:HR:2021:1489",
            decision_date=date(2021, 10, 5),
            **ruling,
        ),
        "rbrot": make_published_article(
            "Loverboy veroordeeld",
            court="Rechtbank Rotterdam",
            ecli="ECLI:NL:RBROT:2021:1489",
            decision_date=date(2021, 3, 1),
            **ruling,
        ),
        "rbams": make_published_article(
            "Uitbuiting in de horeca",
            court="Rechtbank Amsterdam",
            ecli="ECLI:NL:RBAMS:2015:4821",
            decision_date=date(2015, 6, 9),
            **ruling,
        ),
        "draft": make_article("Nog niet openbaar", ecli="ECLI:NL:RBDHA:2013:9317", status=Status.DRAFT),
        "report": make_published_article(
            "Slachtoffers in beeld", article_type=ArticleType.RESEARCH, doi="10.5555/CKM.2019.0208", days_ago=50
        ),
        "book": make_published_article("Handboek mensenhandel", article_type=ArticleType.BOOK, isbn="90-8231-401-0"),
    }


def found(client, text):
    response = client.get(URL, {"q": text})
    assert response.status_code == 200
    return [article.slug for article in response.context["results"].page_obj.object_list]


def slugs(*articles):
    return [article.slug for article in articles]


@pytest.mark.parametrize(
    "text", ["ECLI:NL:HR:2021:1489", "ecli:nl:hr:2021:1489", " ECLI:NL:HR:2021:1489. ", "NL:HR:2021:1489"]
)
def test_a_whole_ecli_goes_straight_to_the_ruling(client, numbered, text):
    response = client.get(URL, {"q": text})
    assert response.status_code == 302
    assert response["Location"] == numbered["hr"].get_absolute_url()


def test_a_whole_ecli_of_no_published_ruling_is_an_ordinary_search(client, numbered):
    assert found(client, "ECLI:NL:RBDHA:2013:9317") == []
    assert found(client, "ECLI:NL:HR:2022:1489") == []


def test_a_whole_ecli_of_two_rulings_lists_them(client, numbered):
    make_published_article("Dezelfde uitspraak, een annotatie", ecli="ECLI:NL:HR:2021:1489", days_ago=2)
    response = client.get(URL, {"q": "ECLI:NL:HR:2021:1489"})
    assert response.status_code == 200
    assert len(response.context["results"].page_obj.object_list) == 2


def test_the_last_parts_of_an_ecli(client, numbered):
    assert found(client, "HR:2021:1489") == slugs(numbered["hr"])
    assert found(client, "rbrot:2021:1489") == slugs(numbered["rbrot"])
    # Year and number alone: both courts' rulings.
    assert set(found(client, "2021:1489")) == set(slugs(numbered["hr"], numbered["rbrot"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hoge Raad 2021", ["hr"]),
        ("hoge raad, 2021", ["hr"]),
        ("HR 2021", ["hr"]),
        ("Rechtbank Amsterdam 2015", ["rbams"]),
        ("Rb. Amsterdam 2015", ["rbams"]),
        ("RBAMS 2015", ["rbams"]),
        ("Rechtbank Amsterdam 2016", []),
        ("Hoge Raad 2015", []),
    ],
)
def test_court_and_year(client, numbered, text, expected):
    assert found(client, text) == slugs(*(numbered[name] for name in expected))


@pytest.mark.parametrize(
    "text",
    [
        "10.5555/CKM.2019.0208",
        "10.5555/ckm.2019.0208",
        "doi:10.5555/ckm.2019.0208",
        "https://doi.org/10.5555/ckm.2019.0208",
        "DOI 10.5555/ckm.2019.0208",
    ],
)
def test_doi_in_any_form(client, numbered, text):
    assert found(client, text) == slugs(numbered["report"])


@pytest.mark.parametrize(
    "text", ["90-8231-401-0", "9082314010", "978-90-8231-401-4", "9789082314014", "ISBN 978 90 8231 401 4"]
)
def test_isbn_by_its_digits_in_either_length(client, numbered, text):
    # Stored as an ISBN-10 with hyphens; found by both lengths, written either way.
    assert found(client, text) == slugs(numbered["book"])


def test_an_isbn_13_stored_is_found_by_its_isbn_10(client, numbered):
    Article.objects.filter(pk=numbered["book"].pk).update(isbn="978-90-8231-401-4")
    assert found(client, "90-8231-401-0") == slugs(numbered["book"])


def test_an_identifier_hit_ranks_before_text_hits(client, numbered):
    # The words "HR" and "2021" are in this news title; the ruling carries neither in its text.
    news = make_published_article("HR 2021: een jaar in uitspraken", days_ago=1)
    assert found(client, "HR 2021") == slugs(numbered["hr"], news)


def test_the_api_and_the_backend_find_rulings_by_number(client, numbered):
    results = client.get(API_URL, {"q": "HR:2021:1489"}).json()["results"]
    assert [item["slug"] for item in results] == slugs(numbered["hr"])
    backend = get_search_backend()
    assert list(backend.search("ecli:nl:rbams:2015:4821").ids()) == [numbered["rbams"].pk]
    assert list(backend.matching(Article.objects.all(), "RBDHA:2013:9317")) == [numbered["draft"]]


@pytest.mark.parametrize(
    "text",
    ["mensenhandel", "ECLI:NL", "2021", "123-456-789-0", "9789082314015", "10.5555", "HR:21:1489", "1489 2021"],
)
def test_no_identifier_in_ordinary_text_or_bad_numbers(text):
    assert identifiers.recognize(text) == []


@pytest.mark.parametrize(
    ("identifier", "index"),
    [
        (identifiers.Ecli(year="2021", number="1489", court="HR", country="NL"), "article_ecli_parts"),
        (identifiers.Ecli(year="2021", number="1489"), "article_ecli_parts"),
        (identifiers.Doi("10.5555/ckm.2019.0208"), "article_doi_key"),
        (identifiers.Isbn(("9789082314014", "9082314010")), "article_isbn_key"),
        (identifiers.CourtYear(names=("hoge raad",), year=2021), "article_court_decided"),
    ],
)
def test_each_lookup_is_answered_by_its_index(numbered, identifier, index):
    with transaction.atomic(), connection.cursor() as cursor:
        # With a handful of rows a scan would win anyway: rule it out to see which index fits the condition.
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = Article.objects.with_identifier(identifier).explain()
    assert index in plan
