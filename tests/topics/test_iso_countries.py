"""Every ISO 3166-1 country in the vocabulary (topics migration 0004), accepted by filters, the API and the import."""

import io
import json
import re

import pytest
from django.core.management import call_command

from articles.models import Article, Status
from ckm_portal.demo import files
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import make_article, make_published_article, make_topic

DATA = "ckm_portal/topics/migrations/0004_iso_countries.json"


@pytest.fixture(scope="module")
def frozen():
    with open(DATA, encoding="utf-8") as data:
        return {country["iso_code"]: country for country in json.load(data)}


def test_the_frozen_list_holds_every_country_with_a_dutch_and_an_english_name(frozen):
    assert len(frozen) == 249
    for code, country in frozen.items():
        assert re.fullmatch(r"[A-Z]{2}", code)
        assert country["name"] and country["name_en"] and country["slug"], code
        assert max(len(country["name"]), len(country["name_en"])) <= 100, code
    for field in ("name", "slug"):
        assert len({country[field] for country in frozen.values()}) == 249, field
    # The names Dutch readers know, not the standard's inverted forms ("Congo, The Democratic Republic of the").
    names = {code: (frozen[code]["name"], frozen[code]["name_en"]) for code in ("US", "CI", "GE", "CD", "KR", "TH")}
    assert names == {
        "US": ("Verenigde Staten", "United States"),
        "CI": ("Ivoorkust", "Côte d'Ivoire"),
        "GE": ("Georgië", "Georgia"),
        "CD": ("Democratische Republiek Congo", "Democratic Republic of the Congo"),
        "KR": ("Zuid-Korea", "South Korea"),
        "TH": ("Thailand", "Thailand"),
    }


def test_the_demo_countries_keep_their_slugs_and_names(frozen):
    demo = [item for item in files.read_topics(files.CONTENT_DIR) if item["kind"] == TopicKind.COUNTRY]
    assert len(demo) >= 15
    for item in demo:
        country = frozen[item["iso_code"]]
        assert (country["slug"], country["name"], country["name_en"]) == (item["slug"], item["name"], item["name_en"])


def test_the_migration_adds_every_country_approved_and_nothing_the_second_time(add_countries):
    add_countries()
    countries = Topic.objects.public().countries()
    assert countries.count() == 249
    sweden = countries.get(iso_code="SE")
    assert (sweden.slug, sweden.name, sweden.name_en) == ("zweden", "Zweden", "Sweden")
    add_countries()
    assert Topic.objects.countries().count() == 249


def test_the_migration_keeps_what_editors_made(add_countries):
    nigeria = make_topic("Nigeria (West-Afrika)", TopicKind.COUNTRY, slug="naija", iso_code="NG", aliases=["Naija"])
    # A free keyword an editor made for a country becomes that country, with its links.
    keyword = make_topic("Thailand", TopicKind.KEYWORD, slug="thai", approved=False)
    article = make_article(topics=[keyword])
    # A theme that happens to bear a country's name keeps it; the country's own name is told apart.
    make_topic("Georgië", TopicKind.THEME, slug="georgie")
    add_countries()
    assert Topic.objects.countries().count() == 249
    nigeria.refresh_from_db()
    assert (nigeria.slug, nigeria.name, nigeria.aliases) == ("naija", "Nigeria (West-Afrika)", ["Naija"])
    thailand = Topic.objects.get(iso_code="TH")
    assert (thailand.pk, thailand.slug, thailand.kind, thailand.approved) == (keyword.pk, "thai", "country", True)
    assert list(article.topics.all()) == [thailand]
    georgia = Topic.objects.get(iso_code="GE")
    assert (georgia.name, georgia.slug) == ("Georgië (GE)", "georgie-ge")


@pytest.mark.slow
def test_the_demo_loader_finds_the_migrated_countries(every_country):
    call_command("load_demo", stdout=io.StringIO())
    assert Topic.objects.countries().count() == 249
    nigeria = Topic.objects.get(iso_code="NG")
    assert nigeria.slug == "nigeria" and "Nigerian" in nigeria.aliases


@pytest.fixture
def swedish_case(every_country):
    return make_published_article("Zweedse zaak", slug="zweedse-zaak", topics=[Topic.objects.get(iso_code="SE")])


# Codes and names in any case, Dutch or English, with or without accents where the slug has none.
ANY_SWEDEN = ["SE", "se", "Se", "zweden", "Zweden", "SWEDEN", "sweden"]


@pytest.mark.parametrize("value", ANY_SWEDEN)
def test_the_article_list_and_the_api_filter_on_any_country(client, swedish_case, value):
    page = client.get("/artikelen/", {"country": value})
    assert page.status_code == 200 and not page.context["filterset"].errors
    assert [article.slug for article in page.context["page_obj"]] == ["zweedse-zaak"]
    data = client.get("/api/v1/articles/", {"country": value}).json()
    assert [item["slug"] for item in data["results"]] == ["zweedse-zaak"]


@pytest.mark.parametrize("value", ["TH", "al", "Albanië", "albanie", "Albania", "Verenigde Staten", "united states"])
def test_a_country_without_articles_is_an_empty_result_not_an_error(client, swedish_case, value):
    page = client.get("/artikelen/", {"country": value})
    assert page.status_code == 200 and not page.context["filterset"].errors
    assert list(page.context["page_obj"]) == []
    response = client.get("/api/v1/articles/", {"country": value})
    assert response.status_code == 200 and response.json()["results"] == []


@pytest.mark.parametrize("value", ["XX", "Atlantis", "X\x00X", "ö" * 101])
def test_what_names_no_country_is_still_refused(client, every_country, value):
    assert client.get("/api/v1/articles/", {"country": value}).status_code == 400
    assert client.get("/artikelen/", {"country": value}).context["filterset"].errors


def test_the_import_accepts_any_iso_code_and_the_names(tmp_path, every_country):
    row = {"title": "Zaak met drie landen", "slug": "drie-landen", "status": Status.DRAFT}
    path = tmp_path / "articles.json"
    path.write_text(json.dumps([{**row, "topics": ["TH", "al", "Sweden", "Verenigde Staten"]}]), encoding="utf-8")
    call_command("import_articles", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    article = Article.objects.get(slug="drie-landen")
    assert sorted(article.topics.values_list("iso_code", flat=True)) == ["AL", "SE", "TH", "US"]
