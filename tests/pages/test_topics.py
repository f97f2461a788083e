import pytest

from articles.models import ArticleType, Status
from ckm_portal.topics.models import TopicKind
from tests.factories import make_partner, make_project, make_published_article, make_topic

pytestmark = pytest.mark.django_db


def test_topic_page_shows_latest_articles_of_every_type_projects_partners_and_related(client, voodoo, nigeria):
    for number in range(5):
        make_published_article(f"Nieuws {number}", topics=[voodoo], days_ago=number + 1)
    make_published_article("Een uitspraak", topics=[voodoo, nigeria], article_type=ArticleType.CASE_LAW)
    make_published_article("Concept", topics=[voodoo], status=Status.DRAFT, published_at=None)
    make_project("Terugkeer", topics=[voodoo])
    make_partner("Fier", topics=[voodoo, nigeria])
    make_published_article("Alleen Nigeria", topics=[nigeria])

    response = client.get("/onderwerpen/voodoo/")
    assert response.status_code == 200
    groups = {kind: [a.title for a in articles] for kind, _label, articles in response.context["articles_by_type"]}
    # The newest three per type, newest first; drafts never.
    assert groups == {"news": ["Nieuws 0", "Nieuws 1", "Nieuws 2"], "case_law": ["Een uitspraak"]}
    assert response.context["article_count"] == 6
    assert "Terugkeer" in response.text
    assert "Fier" in response.text
    assert [topic.slug for topic in response.context["related_topics"]] == ["nigeria"]
    assert "On juju oaths." not in response.text
    assert "Over voodoo-eden." in response.text


def test_country_page_lives_under_landen(client, voodoo, nigeria):
    make_published_article("Voodoo uit Nigeria", topics=[voodoo, nigeria])
    assert nigeria.get_absolute_url() == "/landen/nigeria/"
    response = client.get("/landen/nigeria/")
    assert response.status_code == 200
    assert "Voodoo uit Nigeria" in response.text
    assert "/artikelen/?country=nigeria" in response.text
    # One URL per topic: the other path redirects permanently.
    assert client.get("/onderwerpen/nigeria/").headers["Location"] == "/landen/nigeria/"
    assert client.get("/landen/voodoo/").status_code == 301
    assert client.get("/en/onderwerpen/nigeria/").headers["Location"] == "/en/landen/nigeria/"


def test_unknown_topic_is_404(client, db):
    assert client.get("/onderwerpen/bestaat-niet/").status_code == 404
    assert client.get("/landen/bestaat-niet/").status_code == 404


def test_topic_page_query_count_is_bounded(queries_do_not_grow, voodoo, nigeria):
    make_published_article(topics=[voodoo])

    def four_articles_of_every_type_and_fifteen_projects_and_partners():
        for article_type in ArticleType.values:
            for _ in range(4):
                make_published_article(
                    topics=[voodoo, nigeria, make_topic(f"Trefwoord {_}-{article_type}", TopicKind.KEYWORD)],
                    article_type=article_type,
                )
        for _ in range(15):
            make_project(topics=[voodoo, nigeria])
            make_partner(topics=[voodoo, nigeria])

    response = queries_do_not_grow(
        "/onderwerpen/voodoo/", at_most=12, grow=four_articles_of_every_type_and_fifteen_projects_and_partners
    )
    assert len(response.context["projects"]) == 12
    assert response.context["project_count"] == 15


def test_index_groups_topics_by_kind_with_counts(client, voodoo, forced_marriage, nigeria):
    make_published_article(topics=[voodoo, nigeria])
    make_published_article(topics=[voodoo])
    make_published_article(topics=[voodoo], status=Status.DRAFT, published_at=None)
    unused_keyword = make_topic("ongebruikt", TopicKind.KEYWORD)
    used_keyword = make_topic("webcam", TopicKind.KEYWORD)
    make_published_article(topics=[used_keyword])
    response = client.get("/onderwerpen/")
    assert response.status_code == 200
    kinds = {
        kind: {topic.slug: topic.article_count for topic in topics} for kind, _, topics in response.context["kinds"]
    }
    assert kinds["theme"] == {"voodoo": 2, "gedwongen-huwelijk": 0}
    assert kinds["country"] == {"nigeria": 1}
    assert kinds["keyword"] == {"webcam": 1}
    assert unused_keyword.slug not in response.text


def test_index_query_counts_are_bounded(client, django_assert_max_num_queries, db):
    for number in range(30):
        topic = make_topic(f"Thema {number}")
        country = make_topic(
            f"Land {number}", TopicKind.COUNTRY, iso_code=f"{chr(65 + number // 26)}{chr(65 + number % 26)}"
        )
        make_published_article(topics=[topic, country])
    with django_assert_max_num_queries(4):
        client.get("/onderwerpen/")
    with django_assert_max_num_queries(4):
        response = client.get("/landen/")
    assert len(response.context["countries"]) == 30


def test_partners_in_projects_on_a_country_count_as_expertise(client, nigeria):
    fier = make_partner("Fier")
    lottery = make_partner("Loterij")
    make_partner("Elders")
    project = make_project("Terugkeer naar Nigeria", topics=[nigeria])
    project.partners.add(fier)
    project.funders.add(lottery)
    response = client.get("/landen/nigeria/")
    assert [partner.name for partner in response.context["partners"]] == ["Fier", "Loterij"]
    listed = client.get("/partners/", {"topic": "nigeria"})
    assert [partner.name for partner in listed.context["page_obj"]] == ["Fier", "Loterij"]
