"""Merging topics: links move, names become aliases, old URLs redirect, search finds the material."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Status
from ckm_portal.search.query import parse
from ckm_portal.topics.models import TaggedTopic, Topic, TopicKind, TopicSlugRedirect
from ckm_portal.topics.services import MergeError, merge_topics
from partners.models import Partner
from tests.factories import make_article, make_partner, make_project

pytestmark = pytest.mark.django_db


def make_typos(number=""):
    vodoo = Topic.objects.create(
        name=f"Vodoo{number}", name_en=f"Vodoo-en{number}", slug=f"vodoo{number}", approved=False
    )
    oath = Topic.objects.create(
        name=f"Voodoo-eed{number}",
        slug=f"voodoo-eed{number}",
        kind=TopicKind.KEYWORD,
        aliases=[f"juju-eed{number}"],
        approved=False,
    )
    return vodoo, oath


def tag_material(survivor, vodoo, oath, count=1, prefix="m"):
    """Articles, projects and partners tagged with the typos, some also with each other or the survivor."""
    rows = []
    for n in range(count):
        for title, suffix, topics, days_ago in [
            ("Een ritueel in Benin", "alleen", [vodoo], 2),
            ("Rituelen en schuld", "beide", [vodoo, survivor], 3),
            ("Eden en angst", "twee-typos", [vodoo, oath], 4),
        ]:
            slug = f"{prefix}{n}-{suffix}"
            rows.append(make_article(title, slug=slug, status=Status.PUBLISHED, topics=topics, days_ago=days_ago))
        project = make_project("Opvang na een eed", slug=f"{prefix}{n}-project")
        project.topics.add(oath)
        partner = make_partner(f"Organisatie {prefix}{n}", slug=f"{prefix}{n}-partner")
        partner.topics.add(vodoo, oath, survivor)
        rows += [project, partner]
    return rows


def links_of(row):
    ct = ContentType.objects.get_for_model(row)
    return sorted(TaggedTopic.objects.filter(content_type=ct, object_id=row.pk).values_list("tag_id", flat=True))


def test_every_link_moves_once_and_the_names_become_aliases(topics):
    voodoo = topics["voodoo"]
    vodoo, oath = make_typos()
    rows = tag_material(voodoo, vodoo, oath)

    merge_topics(survivor=voodoo, merged=[vodoo, oath])

    assert not Topic.objects.filter(pk__in=[vodoo.pk, oath.pk]).exists()
    for row in rows:
        assert links_of(row) == [voodoo.pk], row
    voodoo.refresh_from_db()
    assert voodoo.aliases == ["juju", "Vodoo", "Vodoo-en", "Voodoo-eed", "juju-eed"]
    assert set(TopicSlugRedirect.objects.values_list("old_slug", "topic")) == {
        ("vodoo", voodoo.pk),
        ("voodoo-eed", voodoo.pk),
    }
    # The search copies follow: ids for the facets, names for the text search.
    for article in Article.objects.filter(slug__startswith="m0-"):
        assert article.topic_ids == [voodoo.pk]
        assert "Vodoo" in article.topic_text and "juju-eed" in article.topic_text
    assert "Voodoo-eed" in Partner.objects.get(slug="m0-partner").topic_text


def test_old_urls_redirect_and_search_for_the_old_name_finds_the_material(client, topics):
    voodoo = topics["voodoo"]
    vodoo, oath = make_typos()
    tag_material(voodoo, vodoo, oath)
    # An old slug of a merged topic follows it too.
    TopicSlugRedirect.objects.record(["vodo"], vodoo)

    merge_topics(survivor=voodoo, merged=[vodoo, oath])

    for old in ("vodoo", "voodoo-eed", "vodo"):
        response = client.get(f"/onderwerpen/{old}/")
        assert response.status_code == 301
        assert response["Location"] == "/onderwerpen/voodoo/"
    response = client.get("/onderwerpen/vodoo/feed/atom/")
    assert response.status_code == 301 and response["Location"] == "/onderwerpen/voodoo/feed/atom/"

    # "vodoo" is now an alias: it stands for the topic, and finds what was tagged with the typo.
    assert parse("vodoo").topics == [voodoo]
    response = client.get("/zoeken/", {"q": "vodoo"})
    found = {article.slug for article in response.context["results"].page_obj}
    assert {"m0-alleen", "m0-beide", "m0-twee-typos"} <= found
    assert "m0-partner" in {partner.slug for partner in response.context["results"].partners}


def test_the_topic_page_counts_the_merged_material_at_once_with_bounded_queries(
    client, topics, django_assert_max_num_queries
):
    voodoo = topics["voodoo"]
    vodoo, oath = make_typos()
    tag_material(voodoo, vodoo, oath)
    # Cached before the merge: one article on voodoo (the one tagged with both).
    assert client.get("/onderwerpen/voodoo/").context["article_count"] == 1

    merge_topics(survivor=voodoo, merged=[vodoo, oath])

    with django_assert_max_num_queries(12):
        response = client.get("/onderwerpen/voodoo/")
    assert response.context["article_count"] == 3
    assert response.context["project_count"] == 1


def test_merge_queries_do_not_grow_with_the_links(topics):
    small = make_typos("1")
    tag_material(topics["voodoo"], *small, count=1, prefix="s")
    with CaptureQueriesContext(connection) as few:
        merge_topics(survivor=topics["voodoo"], merged=small)

    large = make_typos("2")
    tag_material(topics["labour"], *large, count=15, prefix="l")
    with CaptureQueriesContext(connection) as many:
        merge_topics(survivor=topics["labour"], merged=large)
    assert TaggedTopic.objects.filter(tag=topics["labour"]).count() == 15 * 5
    assert len(many.captured_queries) <= len(few.captured_queries) <= 30


def test_nothing_to_merge_is_refused(topics):
    with pytest.raises(MergeError):
        merge_topics(survivor=topics["voodoo"], merged=[topics["voodoo"]])


def merge_post(client, topics, **extra):
    return client.post(
        "/admin/topics/topic/",
        {"action": "merge_selected", "_selected_action": [topic.pk for topic in topics], **extra},
    )


def test_a_chief_editor_merges_in_the_admin_after_a_confirmation(chief_client, topics):
    voodoo = topics["voodoo"]
    vodoo, oath = make_typos()
    tag_material(voodoo, vodoo, oath)

    response = merge_post(chief_client, [voodoo, vodoo, oath])
    assert response.status_code == 200
    assert response.templates[0].name == "admin/topics/topic/merge.html"
    # The approved, most used topic is proposed to stay; nothing has changed yet.
    assert f'value="{voodoo.pk}" checked' in response.text
    assert Topic.objects.filter(pk=vodoo.pk).exists()

    response = merge_post(chief_client, [voodoo, vodoo, oath], post="yes", survivor=voodoo.pk)
    assert response.status_code == 302
    assert not Topic.objects.filter(pk__in=[vodoo.pk, oath.pk]).exists()
    assert TaggedTopic.objects.filter(tag=voodoo).count() == 5  # three articles, a project, a partner


def test_an_editor_cannot_merge_or_approve(editor_client, topics):
    vodoo, _oath = make_typos()
    merge_post(editor_client, [topics["voodoo"], vodoo], post="yes", survivor=topics["voodoo"].pk)
    editor_client.post("/admin/topics/topic/", {"action": "approve_selected", "_selected_action": [vodoo.pk]})
    vodoo.refresh_from_db()
    assert not vodoo.approved
    assert Topic.objects.filter(pk=vodoo.pk).exists()


def test_a_chief_editor_approves_keywords(chief_client, topics):
    vodoo, oath = make_typos()
    response = chief_client.post(
        "/admin/topics/topic/", {"action": "approve_selected", "_selected_action": [vodoo.pk, oath.pk]}
    )
    assert response.status_code == 302
    vodoo.refresh_from_db()
    assert vodoo.approved
