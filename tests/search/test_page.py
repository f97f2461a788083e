"""The search page: facets, pagination, bad input and its number of queries."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone, translation

from articles.models import Article, Status
from ckm_portal.search import services
from ckm_portal.search.signals import refresh_topic_text
from ckm_portal.topics.models import TaggedTopic

pytestmark = pytest.mark.django_db

URL = reverse("search:results")
with translation.override("en"):
    ENGLISH_URL = reverse("search:results")


def get(client, **params):
    return client.get(URL, params)


def get_english(client, **params):
    return client.get(ENGLISH_URL, params)


def test_results_page_lists_hits_with_marked_snippets(client, corpus):
    response = get(client, q="voodoo")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Voodoo-eed houdt slachtoffers stil" in content
    assert "<mark>voodoo</mark>" in content
    assert 'name="robots" content="noindex"' in content


def test_english_search_page(client, corpus):
    assert ENGLISH_URL == "/en/zoeken/"
    response = get_english(client, q="forced marriage")
    assert response.status_code == 200
    assert "Topics in your search" in response.content.decode()
    assert "forced marriage" in response.content.decode()


def test_topic_named_in_the_query_is_offered_at_the_top(client, corpus):
    response = get(client, q="FGM")
    assert [topic.slug for topic in response.context["results"].topics] == ["meisjesbesnijdenis"]
    assert "topic=meisjesbesnijdenis" in response.content.decode()


@pytest.mark.parametrize("q", ["", "   ", "\t\n", "\x00"])
def test_empty_query_shows_the_browse_page(client, corpus, q):
    response = get(client, q=q, type="news")
    assert response.status_code == 302
    assert response["Location"] == reverse("articles:list") + "?type=news"


def test_no_query_parameter_at_all(client, corpus):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == reverse("articles:list")


def test_overlong_query_is_cut_with_a_message(client, corpus):
    response = get_english(client, q="voodoo " + "x" * 500)
    assert response.status_code == 200
    assert response.context["query"] == ("voodoo " + "x" * 500)[:200]
    assert "first 200 characters" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "voo\x00doo"},
        {"q": "voodoo", "type": "nonsense"},
        {"q": "voodoo", "topic": "no-such-topic"},
        {"q": "voodoo", "country": "zz\x00"},
        {"q": "voodoo", "year": "99999"},
        {"q": "voodoo", "year": "abc"},
        {"q": "voodoo", "language": "fr"},
        {"q": "voodoo", "page": "-1"},
        {"q": "voodoo", "page": "999"},
        {"q": "voodoo", "page": "\x00"},
        {"q": "voodoo", "order": "nonsense"},
        {"q": "%" * 20},
        {"q": "<script>alert(1)</script>"},
    ],
)
def test_bad_input_never_fails(client, corpus, params):
    response = get(client, **params)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_unknown_filter_values_are_ignored_with_a_message(client, corpus):
    response = get_english(client, q="voodoo", topic="no-such-topic")
    assert response.context["results"].total == 2
    assert "Some filters were not understood" in response.content.decode()


def test_filters_combine_with_the_query(client, corpus):
    assert get(client, q="forced marriage").context["results"].total == 3
    assert get(client, q="forced marriage", language="en").context["results"].total == 1
    assert get(client, q="forced marriage", country="ng").context["results"].total == 1
    assert get(client, q="forced marriage", type="background").context["results"].total == 1


@pytest.mark.slow
def test_every_facet_count_equals_the_results_of_its_link(client, corpus):
    checked = 0
    for q in ["forced marriage", "voodoo", "nigeria", "slachtoffers", "exploitation"]:
        results = get(client, q=q).context["results"]
        for facet in results.facets:
            for item in facet.values:
                params = {name: values[0] for name, values in parse_qs(urlsplit(item.url).query).items()}
                assert params["q"] == q
                assert get(client, **params).context["results"].total == item.count, (q, facet.name, item.value)
                checked += 1
    assert checked > 20


def test_facets_cover_type_topic_country_language_and_year(client, corpus):
    results = get(client, q="nigeria").context["results"]
    facets = {facet.name: {item.value: item.count for item in facet.values} for facet in results.facets}
    assert facets["type"] == {"news": 1, "background": 1, "case_law": 1}
    assert facets["country"] == {"nigeria": 3}
    assert facets["topic"] == {"voodoo": 1, "gedwongen-huwelijk": 1}
    assert facets["language"] == {"nl": 3}
    assert sum(facets["year"].values()) == 3 == results.total


def test_active_facet_is_marked_and_removable(client, corpus):
    response = get(client, q="voodoo", country="NG")
    [country] = [facet for facet in response.context["results"].facets if facet.name == "country"]
    assert [(item.value, item.active) for item in country.values] == [("nigeria", True)]
    assert "country" not in country.clear_url


def test_did_you_mean_for_a_typo(client, corpus):
    results = get(client, q="vodoo").context["results"]
    assert results.total == 0
    assert results.suggestion == "voodoo"


def test_no_suggestion_when_there_are_enough_results(client, corpus):
    assert get(client, q="voodoo").context["results"].suggestion == ""


def test_pagination_keeps_the_query_and_filters(client, corpus, settings, monkeypatch):
    monkeypatch.setattr(services, "ARTICLES_PER_PAGE", 2)
    first = get(client, q="nigeria", language="nl")
    assert first.context["results"].page_obj.paginator.num_pages == 2
    assert "?q=nigeria&amp;language=nl&amp;page=2" in first.content.decode()
    second = get(client, q="nigeria", language="nl", page=2)
    slugs = [a.slug for a in first.context["results"].page_obj.object_list]
    slugs += [a.slug for a in second.context["results"].page_obj.object_list]
    assert len(set(slugs)) == 3


def many_articles(topics, count):
    """``count`` published voodoo articles from Nigeria, created in bulk (links too, then one refresh)."""
    created = Article.objects.bulk_create(
        Article(
            slug=f"voodoo-{number}",
            title=f"Voodoo en dwang, deel {number}",
            summary="Een zaak met een voodoo-ritueel.",
            body="Tekst over voodoo.",
            status=Status.PUBLISHED,
            published_at=timezone.now(),
        )
        for number in range(count)
    )
    content_type = ContentType.objects.get_for_model(Article)
    TaggedTopic.objects.bulk_create(
        TaggedTopic(content_type=content_type, object_id=article.pk, tag=topic)
        for article in created
        for topic in (topics["voodoo"], topics["nigeria"])
    )
    refresh_topic_text(Article, pks=[article.pk for article in created])


def count_queries(client, django_assert_max_num_queries, params, limit):
    with django_assert_max_num_queries(limit) as captured:
        response = get(client, **params)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("params", [{"q": "voodoo"}, {"q": "vodoo"}, {"q": "voodoo", "country": "ng", "page": "2"}])
def test_number_of_queries_does_not_grow_with_the_results(
    client, corpus, topics, django_assert_max_num_queries, params
):
    few = count_queries(client, django_assert_max_num_queries, params, 14)
    many_articles(topics, 60)
    many = count_queries(client, django_assert_max_num_queries, params, 14)
    # A spelling suggestion is one query more, asked only when there are few results.
    assert many <= few
