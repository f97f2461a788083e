import pytest

from ckm_portal.topics.models import TopicKind
from tests.factories import make_project, make_published_article, make_topic

pytestmark = pytest.mark.django_db


def test_home_shows_latest_articles_topics_by_kind_featured_projects_and_search(client, voodoo, nigeria):
    for number in range(8):
        make_published_article(f"Artikel nummer {number}", topics=[voodoo], days_ago=number + 1)
    # A country is listed once something public is tagged with it.
    make_project("Uitgelicht project", is_featured=True, topics=[nigeria])
    make_project("Gewoon project")
    make_topic("los trefwoord", TopicKind.KEYWORD)
    response = client.get("/")
    assert response.status_code == 200
    text = response.text
    assert "Artikel nummer 0" in text
    assert "Artikel nummer 6" not in text  # the newest six only
    assert 'href="/onderwerpen/voodoo/"' in text
    assert 'href="/landen/nigeria/"' in text
    assert "los trefwoord" not in text
    assert "Uitgelicht project" in text
    assert "Gewoon project" not in text
    assert 'action="/zoeken/"' in text
    assert 'name="q"' in text


def test_home_query_count_is_bounded(queries_do_not_grow, voodoo, nigeria):
    make_published_article(topics=[voodoo])

    def twenty_of_each():
        for number in range(20):
            make_published_article(topics=[voodoo, nigeria])
            make_project(is_featured=True, topics=[voodoo])
            make_topic(f"Thema {number}")

    queries_do_not_grow("/", at_most=6, grow=twenty_of_each)
