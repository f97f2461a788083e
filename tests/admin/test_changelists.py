"""The editors' lists and forms: they answer, filter and search, in a bounded number of queries."""

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Status
from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import make_article, make_partner, make_project
from tests.support.admin_forms import autocomplete_texts

pytestmark = pytest.mark.django_db

# Session, user, permissions, the list and its count, filters' years, topics prefetch, ... but not per row.
MAX_QUERIES = 16


@pytest.fixture
def content():
    topics = [
        Topic.objects.create(name="Voodoo", slug="voodoo", kind=TopicKind.THEME),
        Topic.objects.create(name="Nigeria", slug="nigeria", kind=TopicKind.COUNTRY, iso_code="NG"),
        Topic.objects.create(name="Horeca", slug="horeca", kind=TopicKind.SECTOR),
    ]
    partners = [make_partner(f"Partner {i}", slug=f"partner-{i}") for i in range(3)]
    articles = [make_article(topics=topics, status=Status.PUBLISHED) for _ in range(3)]
    project = make_project("Terugkeer", slug="terugkeer", start_date="2020-01-01")
    project.partners.set(partners)
    project.related_articles.set(articles)
    project.topics.add(*topics)
    return topics, partners, articles, project


def add_more(n):
    topic = Topic.objects.get(slug="voodoo")
    for i in range(n):
        make_article(topics=[topic], published_at=timezone.now())
        make_partner(f"Extra {i}", slug=f"extra-{i}", kind="funder", scope="international")
        project = make_project(f"Extra {i}", slug=f"extra-{i}")
        project.topics.add(topic)
        Topic.objects.create(name=f"Trefwoord {i}", slug=f"trefwoord-{i}")


CHANGELISTS = [
    "admin:articles_article_changelist",
    "admin:partners_partner_changelist",
    "admin:projects_project_changelist",
    "admin:topics_topic_changelist",
]


@pytest.mark.parametrize("name", CHANGELISTS)
def test_changelists_take_a_bounded_number_of_queries(chief_client, content, name, django_assert_max_num_queries):
    url = reverse(name)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert chief_client.get(url).status_code == 200
    add_more(15)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert chief_client.get(url).status_code == 200


def test_change_forms_take_a_bounded_number_of_queries(chief_client, content, django_assert_max_num_queries):
    _topics, partners, articles, project = content
    for url in [
        reverse("admin:articles_article_change", args=[articles[0].pk]),
        reverse("admin:projects_project_change", args=[project.pk]),
        reverse("admin:partners_partner_change", args=[partners[0].pk]),
        reverse("admin:articles_article_history", args=[articles[0].pk]),
    ]:
        with django_assert_max_num_queries(25):
            assert chief_client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status__exact=published", 3),
        ("status__exact=draft", 0),
        ("article_type__exact=news", 3),
        ("language__exact=nl", 3),
        ("topic_kind=country", 3),
        ("topic_kind=keyword", 0),
        ("topic_kind=nonsense", 3),
        (f"published_at_year={timezone.now().year}", 3),
        ("published_at_year=1900", 0),
        ("published_at_year=abc", 3),
        ("q=Artikel", 3),
    ],
)
def test_article_filters_and_search(chief_client, content, query, expected):
    response = chief_client.get(reverse("admin:articles_article_changelist") + "?" + query)
    assert response.status_code == 200
    assert response.context["cl"].result_count == expected


def test_topic_search_finds_aliases_and_names_without_accents(chief_client):
    aliases = ["FGM", "vrouwelijke genitale verminking"]
    Topic.objects.create(name="Meisjesbesnijdenis", slug="meisjesbesnijdenis", kind=TopicKind.THEME, aliases=aliases)
    Topic.objects.create(name="Roemenië", slug="roemenie", kind=TopicKind.COUNTRY, iso_code="RO")
    url = reverse("admin:topics_topic_changelist")
    for term, name in [("fgm", "Meisjesbesnijdenis"), ("genitale", "Meisjesbesnijdenis"), ("Roemenie", "Roemenië")]:
        results = list(chief_client.get(url, {"q": term}).context["cl"].result_list)
        assert [topic.name for topic in results] == [name]


def test_partner_autocomplete_serves_the_project_form(chief_client, content):
    assert autocomplete_texts(chief_client, "projects.project.partners", "Partner 1") == ["Partner 1"]


def test_editors_see_partners_and_projects_but_cannot_change_them(editor_client, content):
    project = content[3]
    assert editor_client.get(reverse("admin:partners_partner_changelist")).status_code == 200
    response = editor_client.get(reverse("admin:projects_project_change", args=[project.pk]))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert editor_client.get(reverse("admin:topics_topic_add")).status_code == 403


def test_the_change_form_links_to_the_preview(editor_client):
    article = make_article()
    response = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert reverse("articles:preview", kwargs={"pk": article.pk}) in response.text


def test_the_editor_pages_allow_the_editor_assets_and_nothing_more(editor_client, client):
    article = make_article()
    response = editor_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    policy = response["Content-Security-Policy"]
    assert "'nonce-" in policy
    assert "unsafe-inline" not in policy
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert f'<script type="importmap" nonce="{nonce}">' in response.text
    # The public pages keep the strict policy.
    public = client.get(reverse("home"))
    assert "nonce-" not in public["Content-Security-Policy"]
    assert "sha256-" not in public["Content-Security-Policy"]
