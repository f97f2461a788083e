import pytest

from partners.models import PartnerKind, Scope
from projects.models import ProjectStatus
from tests.factories import make_partner, make_project, make_published_article

pytestmark = pytest.mark.django_db


def names(response):
    return [partner.name for partner in response.context["page_obj"]]


def test_partner_directory_filters_by_topic_kind_and_scope(client, voodoo, nigeria):
    make_partner("Fier", topics=[voodoo])
    make_partner("Politie", kind=PartnerKind.POLICE_JUSTICE, topics=[nigeria])
    make_partner("Europees platform", kind=PartnerKind.NETWORK, scope=Scope.INTERNATIONAL)
    assert names(client.get("/partners/")) == ["Europees platform", "Fier", "Politie"]
    assert names(client.get("/partners/", {"topic": "voodoo"})) == ["Fier"]
    assert names(client.get("/partners/", {"topic": "nigeria"})) == ["Politie"]
    assert names(client.get("/partners/", {"kind": "police_justice"})) == ["Politie"]
    assert names(client.get("/partners/", {"scope": "international"})) == ["Europees platform"]
    bad = client.get("/partners/", {"scope": "mars", "kind": "x", "topic": "y", "page": "z"})
    assert bad.status_code == 200
    assert len(names(bad)) == 3


def test_partner_detail_shows_expertise_projects_coalitions_and_articles(client, voodoo, nigeria):
    coalition = make_partner("Coalitie tegen seksuele kinderuitbuiting", kind=PartnerKind.NETWORK)
    partner = make_partner("Terre des Hommes", topics=[voodoo], description_nl="Kinderrechten.")
    partner.coalitions.add(coalition)
    make_project("Terugkeer", topics=[nigeria]).partners.add(partner)
    make_project("Gefinancierd").funders.add(partner)
    make_published_article("Over voodoo", topics=[voodoo])
    make_published_article("Over Nigeria", topics=[nigeria])
    response = client.get(partner.get_absolute_url())
    assert response.status_code == 200
    text = response.text
    for expected in [
        "Kinderrechten.",
        "Terugkeer",
        "Gefinancierd",
        "Coalitie tegen seksuele kinderuitbuiting",
        "Over voodoo",
        "/onderwerpen/voodoo/",
    ]:
        assert expected in text
    assert "Over Nigeria" not in text
    assert "Terre des Hommes" in client.get(coalition.get_absolute_url()).text


def test_partner_detail_query_count_is_bounded(client, django_assert_max_num_queries, voodoo):
    partner = make_partner(topics=[voodoo])
    for _ in range(20):
        make_project(topics=[voodoo]).partners.add(partner)
        make_published_article(topics=[voodoo])
    with django_assert_max_num_queries(8):
        client.get(partner.get_absolute_url())


def test_project_list_by_status_and_topic(client, voodoo):
    make_project("Loopt", topics=[voodoo])
    make_project("Klaar", status=ProjectStatus.COMPLETED)
    titles = lambda response: [project.title for project in response.context["page_obj"]]  # noqa: E731
    assert set(titles(client.get("/projecten/"))) == {"Loopt", "Klaar"}
    assert titles(client.get("/projecten/", {"status": "running"})) == ["Loopt"]
    assert titles(client.get("/projecten/", {"status": "completed"})) == ["Klaar"]
    assert titles(client.get("/projecten/", {"topic": "voodoo"})) == ["Loopt"]
    assert client.get("/projecten/", {"status": "nonsense"}).status_code == 200


@pytest.mark.parametrize(
    ("url", "params", "make", "many", "page_size"),
    [("/partners/", {"topic": "voodoo"}, make_partner, 60, 24), ("/projecten/", None, make_project, 50, 20)],
)
def test_list_query_count_is_bounded(queries_do_not_grow, voodoo, nigeria, url, params, make, many, page_size):  # noqa: PLR0917
    make(topics=[voodoo])

    def many_more():
        for _ in range(many):
            make(topics=[voodoo, nigeria])

    response = queries_do_not_grow(url, params, at_most=6, grow=many_more)
    assert len(response.context["page_obj"]) == page_size


def test_project_detail(client, django_assert_max_num_queries, voodoo):
    project = make_project(
        "Terugkeertrajecten",
        topics=[voodoo],
        description="<p>Begeleiding bij <strong>terugkeer</strong>.</p><script>alert(1)</script>",
        results="Twaalf trajecten.",
    )
    funder = make_partner("Nationale Postcode Loterij", kind=PartnerKind.FUNDER)
    project.funders.add(funder)
    for _ in range(10):
        project.partners.add(make_partner())
        project.related_articles.add(make_published_article())
    with django_assert_max_num_queries(8):
        response = client.get(project.get_absolute_url())
    text = response.text
    for expected in ["Twaalf trajecten.", "Nationale Postcode Loterij", "Voodoo"]:
        assert expected in text
    # The description is the editor's rich text, cleaned on save: rendered as HTML, never as tags in text.
    assert "<p>Begeleiding bij <strong>terugkeer</strong>.</p>" in text
    assert "<script>alert(1)" not in text
    assert "&lt;p&gt;" not in text


def test_unknown_partner_and_project_are_404(client, db):
    assert client.get("/partners/bestaat-niet/").status_code == 404
    assert client.get("/projecten/bestaat-niet/").status_code == 404
