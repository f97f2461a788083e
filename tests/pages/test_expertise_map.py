"""The expertise map: themes by origin country, with the articles, projects and partners on both."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Status
from ckm_portal.topics.models import Topic, TopicKind
from ckm_portal.topics.services import merge_topics
from partners.selectors import partner_expertise, partners_for_topic
from projects.models import Project
from tests.factories import make_article, make_partner, make_project, make_published_article, make_topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(voodoo, nigeria, guinea):
    """Two articles on voodoo and Nigeria (plus a draft and a scheduled one), a project on both with
    a partner and a funder that are not tagged, a forced-marriage partner for Guinea, and a partner
    whose voodoo tag and Guinea project make it count for voodoo and Guinea."""
    exploitation = make_topic("Gedwongen arbeid", TopicKind.EXPLOITATION, name_en="Forced labour")
    secret = make_topic("Geheim thema", approved=False)
    hidden_country = make_topic("Verborgenland", TopicKind.COUNTRY, iso_code="VB", approved=False)
    make_published_article("Juju 1", topics=[voodoo, nigeria])
    make_published_article("Juju 2", topics=[voodoo, nigeria])
    make_article("Concept", topics=[voodoo, nigeria], status=Status.DRAFT)
    make_article(
        "Gepland", topics=[voodoo, nigeria], status=Status.PUBLISHED, published_at=timezone.now() + timedelta(days=2)
    )
    make_published_article("Alleen voodoo", topics=[voodoo])
    make_published_article("Fabriek", topics=[exploitation, guinea])
    make_published_article("Geheim", topics=[secret, nigeria, hidden_country])
    make_published_article("Verborgen", topics=[voodoo, hidden_country])

    project = make_project("Terugkeer Nigeria", topics=[voodoo, nigeria])
    member = make_partner("Lid zonder tags")
    funder = make_partner("Fonds zonder tags")
    project.partners.add(member)
    project.funders.add(funder)
    make_partner("Arbeidsinspectie", topics=[exploitation, guinea])
    both_ways = make_partner("Half getagd", topics=[voodoo])
    make_project("Opvang Guinee", topics=[guinea]).partners.add(both_ways)
    return {"exploitation": exploitation, "secret": secret, "hidden_country": hidden_country}


def cells_of(response):
    """``{(theme slug, country slug): cell}`` of the non-empty cells."""
    return {
        (cell.theme.slug, cell.country.slug): cell
        for _kind, _label, rows in response.context["map"].groups
        for _theme, cells in rows
        for cell in cells
        if cell
    }


def test_cells_count_articles_projects_and_partners_on_both(client, corpus):
    response = client.get("/expertise/")
    assert response.status_code == 200
    cells = cells_of(response)
    assert set(cells) == {("voodoo", "nigeria"), ("gedwongen-arbeid", "guinee"), ("voodoo", "guinee")}

    # Drafts and scheduled articles are not counted; the project brings its untagged partner and funder.
    voodoo_nigeria = cells["voodoo", "nigeria"]
    assert voodoo_nigeria.articles == 2
    assert [project.title for project in voodoo_nigeria.projects] == ["Terugkeer Nigeria"]
    assert [partner.name for partner in voodoo_nigeria.partners] == ["Fonds zonder tags", "Lid zonder tags"]

    labour = cells["gedwongen-arbeid", "guinee"]
    assert (labour.articles, labour.projects, [p.name for p in labour.partners]) == (1, [], ["Arbeidsinspectie"])

    # Expertise on voodoo through a tag and on Guinea through a project: the partner knows both.
    voodoo_guinea = cells["voodoo", "guinee"]
    assert (voodoo_guinea.articles, voodoo_guinea.projects) == (0, [])
    assert [partner.name for partner in voodoo_guinea.partners] == ["Half getagd"]


def test_rows_are_themes_and_forms_of_exploitation_columns_countries_with_content(client, corpus, forced_marriage):
    response = client.get("/expertise/")
    expertise_map = response.context["map"]
    assert [country.slug for country in expertise_map.countries] == ["guinee", "nigeria"]
    rows = {kind: [theme.slug for theme, _cells in themes] for kind, _label, themes in expertise_map.groups}
    # Forced marriage has no content with a country: no empty row.
    assert rows == {TopicKind.THEME: ["voodoo"], TopicKind.EXPLOITATION: ["gedwongen-arbeid"]}


def test_unapproved_topics_are_absent(client, corpus):
    response = client.get("/expertise/")
    shown = {topic.pk for topic in response.context["map"].countries} | {
        theme.pk for _kind, _label, rows in response.context["map"].groups for theme, _cells in rows
    }
    assert corpus["secret"].pk not in shown
    assert corpus["hidden_country"].pk not in shown
    assert "Geheim thema" not in response.text
    assert "Verborgenland" not in response.text


def test_cells_link_to_the_filtered_list_projects_and_partners(client, corpus):
    response = client.get("/expertise/")
    html = response.text
    assert '<table class="expertise-map">' in html
    assert "<caption>Thema's per herkomstland</caption>" in html
    assert 'href="/artikelen/?topic=voodoo&amp;country=nigeria">2 artikelen</a>' in html
    assert 'href="/artikelen/?topic=gedwongen-arbeid&amp;country=guinee">1 artikel</a>' in html
    assert 'href="/artikelen/?topic=voodoo&amp;country=guinee"' not in html
    project = Project.objects.get(title="Terugkeer Nigeria")
    assert f'<a href="{project.get_absolute_url()}">Terugkeer Nigeria</a>' in html
    assert '<th scope="col"><a href="/landen/nigeria/">Nigeria</a></th>' in html
    assert '<th scope="row"><a href="/onderwerpen/voodoo/">Voodoo</a></th>' in html
    # The link leads to exactly the articles the cell counts.
    listed = client.get("/artikelen/", {"topic": "voodoo", "country": "nigeria"})
    assert listed.status_code == 200
    assert "Juju 1" in listed.text and "Juju 2" in listed.text and "Concept" not in listed.text


def test_english_page(client, corpus):
    response = client.get("/en/expertise/")
    assert response.status_code == 200
    assert "Expertise map" in response.text
    assert "Forced labour" in response.text
    assert 'href="/en/artikelen/?topic=voodoo&amp;country=nigeria">2 articles</a>' in response.text


def test_empty_map_says_so(client):
    response = client.get("/expertise/")
    assert response.status_code == 200
    assert "<table" not in response.text


def test_linked_from_the_indexes_and_the_footer(client, voodoo):
    for path in ("/onderwerpen/", "/landen/", "/"):
        assert 'href="/expertise/"' in client.get(path).text, path


def test_partner_expertise_agrees_with_partners_for_topic(corpus, voodoo, nigeria, guinea):
    topics = list(Topic.objects.all())
    pairs = partner_expertise([topic.pk for topic in topics])
    for topic in topics:
        expected = set(partners_for_topic(topic).values_list("pk", flat=True))
        assert {partner for partner, topic_id in pairs if topic_id == topic.pk} == expected, topic.slug
    assert pairs, "the corpus gives partners expertise"


def test_queries_do_not_grow_with_articles_topics_projects_and_partners(queries_do_not_grow, corpus, voodoo, nigeria):
    def many_more():
        for number in range(6):
            theme = make_topic(f"Thema {number}")
            country = make_topic(f"Land {number}", TopicKind.COUNTRY, iso_code=f"X{chr(ord('A') + number)}")
            for _ in range(3):
                make_published_article(topics=[theme, country, voodoo, nigeria])
            project = make_project(topics=[theme, country])
            project.partners.add(make_partner(topics=[voodoo]))
            project.funders.add(make_partner())
            make_partner(topics=[theme, nigeria])
        # The map is kept a few minutes: the second request must compute it afresh.
        cache.clear()

    response = queries_do_not_grow("/expertise/", at_most=7, grow=many_more)
    assert len(response.context["map"].countries) == 8


def test_the_map_is_kept_a_few_minutes(client, corpus, django_assert_max_num_queries, voodoo, nigeria):
    client.get("/expertise/")
    with django_assert_max_num_queries(2):
        # Sessions and the like only: the map itself comes from the cache.
        response = client.get("/expertise/")
    assert cells_of(response)["voodoo", "nigeria"].articles == 2


def test_a_merge_of_topics_shows_at_once(client, corpus, voodoo, nigeria):
    client.get("/expertise/")
    merge_topics(survivor=voodoo, merged=[corpus["exploitation"]])
    cells = cells_of(client.get("/expertise/"))
    assert ("gedwongen-arbeid", "guinee") not in cells
    assert cells["voodoo", "guinee"].articles == 1
