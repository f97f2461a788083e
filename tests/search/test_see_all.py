"""The search page links to every matching project and partner; the lists find them with ``q`` as search does."""

import re
from html import unescape

import pytest
from django.urls import reverse

from ckm_portal.search.selectors import OTHERS_SHOWN
from tests.factories import make_partner, make_project

pytestmark = pytest.mark.django_db

SEARCH = reverse("search:results")
PROJECTS = reverse("projects:list")
PARTNERS = reverse("partners:list")
MATCHING = OTHERS_SHOWN + 3


@pytest.fixture
def many(db):
    """Eight projects and eight partners on loverboys (one by a Dutch plural), and some on other things."""
    for number in range(MATCHING):
        word = "loverboys" if number % 2 else "loverboy"
        make_project(f"Aanpak {word} {number}")
        make_partner(f"Stichting {number}", description_nl=f"Hulp bij {word}.")
    make_project("Arbeidsuitbuiting in de bouw")
    make_partner("Fairwork", description_nl="Arbeidsuitbuiting.")


def link_to(html, url):
    """The href and text of the "see all" link to ``url``, or None."""
    found = re.search(rf'<p class="see-all"><a href="({re.escape(url)}[^"]*)">([^<]*)</a>', html)
    return (unescape(found.group(1)), unescape(found.group(2))) if found else None


def names(response, attribute):
    assert response.status_code == 200
    return {getattr(row, attribute) for row in response.context["page_obj"]}


@pytest.mark.parametrize(
    ("url", "attribute", "label", "expected"),
    [
        (
            PROJECTS,
            "title",
            "projecten",
            {f"Aanpak {'loverboys' if n % 2 else 'loverboy'} {n}" for n in range(MATCHING)},
        ),
        (PARTNERS, "name", "partnerorganisaties", {f"Stichting {n}" for n in range(MATCHING)}),
    ],
    ids=["projects", "partners"],
)
def test_search_links_to_all_matching_projects_and_partners_with_their_count(  # noqa: PLR0917
    client, many, url, attribute, label, expected
):
    response = client.get(SEARCH, {"q": "loverboy"})
    results = response.context["results"]
    assert len(results.projects) == len(results.partners) == OTHERS_SHOWN
    assert results.project_total == results.partner_total == MATCHING

    href, text = link_to(response.text, url)
    assert href == f"{url}?q=loverboy"
    assert text == f"Alle {MATCHING} {label} over “loverboy”"
    listed = client.get(href)
    assert listed.context["page_obj"].paginator.count == MATCHING
    assert names(listed, attribute) == expected


def test_the_link_carries_the_whole_query_encoded(client, many):
    response = client.get(SEARCH, {"q": 'loverboy -"de bouw" &'})
    href, _ = link_to(response.text, PROJECTS)
    assert href == f"{PROJECTS}?q=loverboy%20-%22de%20bouw%22%20%26"
    listed = client.get(href)
    assert listed.context["filterset"].form.cleaned_data["q"] == 'loverboy -"de bouw" &'
    assert listed.context["page_obj"].paginator.count == MATCHING


def test_no_link_when_every_match_is_shown(client, db):
    for number in range(OTHERS_SHOWN):
        make_project(f"Loverboy project {number}")
    response = client.get(SEARCH, {"q": "loverboy"})
    assert len(response.context["results"].projects) == OTHERS_SHOWN
    assert link_to(response.text, PROJECTS) is None


def test_lists_match_what_search_matches(client, many):
    # Stemming and the other filters apply as on the search page.
    assert len(names(client.get(PROJECTS, {"q": "loverboys"}), "title")) == MATCHING
    assert names(client.get(PROJECTS, {"q": "bouw"}), "title") == {"Arbeidsuitbuiting in de bouw"}
    assert names(client.get(PROJECTS, {"q": "loverboy", "status": "completed"}), "title") == set()
    assert names(client.get(PARTNERS, {"q": "arbeidsuitbuiting"}), "name") == {"Fairwork"}
    # An empty or blank query filters nothing.
    assert len(names(client.get(PARTNERS, {"q": "  "}), "name")) == MATCHING + 1


@pytest.mark.parametrize("url", [PROJECTS, PARTNERS])
@pytest.mark.parametrize("q", ["\x00", "x" * 5000, '"', "-", "OR", "!!&|", "'"])
def test_odd_queries_on_the_lists_never_fail(client, many, url, q):
    response = client.get(url, {"q": q})
    assert response.status_code == 200


def test_the_lists_show_the_search_field(client, many):
    html = client.get(PROJECTS, {"q": "loverboy"}).text
    assert '<label for="id_q">' in html
    assert 'name="q" value="loverboy"' in html


@pytest.mark.parametrize(("url", "make"), [(PROJECTS, make_project), (PARTNERS, make_partner)])
def test_list_with_a_query_has_a_bounded_number_of_queries(client, django_assert_max_num_queries, db, url, make):
    make("Loverboy 0")
    with django_assert_max_num_queries(8) as few:
        client.get(url, {"q": "loverboy"})
    for number in range(1, 30):
        make(f"Loverboy {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url, {"q": "loverboy"})
    assert response.context["page_obj"].paginator.count == 30
