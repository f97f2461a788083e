"""The shortcuts that keep pages fast at 100,000 articles, and what they cost in freshness."""

import pytest
from django.core.cache import cache

from articles.models import Article
from tests.factories import make_published_article

pytestmark = pytest.mark.django_db

LONG_COLUMNS = {"body", "topic_text", "topic_ids", "search_vector", "rank_vector"}


def test_for_listing_leaves_out_the_long_columns(django_assert_num_queries, voodoo):
    make_published_article("Een lang stuk", topics=[voodoo], body="<p>" + "woord " * 5000 + "</p>")

    article = Article.objects.published().for_listing().get()

    assert article.get_deferred_fields() == LONG_COLUMNS
    with django_assert_num_queries(0):
        assert article.title == "Een lang stuk"
        assert article.summary == "Samenvatting van Een lang stuk."
    # A deferred column still loads on demand, with one query.
    with django_assert_num_queries(1):
        assert "woord" in article.body


def test_listing_relations_prefetch_topics_without_the_long_columns(django_assert_num_queries, voodoo, nigeria):
    for number in range(3):
        make_published_article(f"Artikel {number}", topics=[voodoo, nigeria])

    with django_assert_num_queries(2):
        articles = list(Article.objects.published().newest_first().with_listing_relations())
        assert all(len(article.listed_topics) == 2 for article in articles)
    assert all(article.get_deferred_fields() == LONG_COLUMNS for article in articles)


def test_topic_page_counts_are_kept_a_few_minutes(client, voodoo, nigeria):
    make_published_article("Eerste", topics=[voodoo, nigeria])
    assert client.get("/onderwerpen/voodoo/").context["article_count"] == 1

    # The newest articles are always current; the count and related topics follow when the cache expires.
    make_published_article("Tweede", topics=[voodoo])
    response = client.get("/onderwerpen/voodoo/")
    assert "Tweede" in response.text
    assert response.context["article_count"] == 1
    assert [topic.slug for topic in response.context["related_topics"]] == ["nigeria"]

    cache.clear()
    assert client.get("/onderwerpen/voodoo/").context["article_count"] == 2


def test_topic_and_country_index_counts_are_kept_a_few_minutes(client, voodoo, nigeria):
    make_published_article("Eerste", topics=[voodoo, nigeria])
    assert counts_on(client, "/onderwerpen/") == {"voodoo": 1, "nigeria": 1}

    make_published_article("Tweede", topics=[voodoo, nigeria])
    assert counts_on(client, "/onderwerpen/") == {"voodoo": 1, "nigeria": 1}
    assert [country.article_count for country in client.get("/landen/").context["countries"]] == [1]

    cache.clear()
    assert counts_on(client, "/onderwerpen/") == {"voodoo": 2, "nigeria": 2}
    assert [country.article_count for country in client.get("/landen/").context["countries"]] == [2]


def counts_on(client, path):
    kinds = client.get(path).context["kinds"]
    return {topic.slug: topic.article_count for _, _, topics in kinds for topic in topics}


def test_a_deep_list_page_holds_the_rows_of_a_plain_slice_in_the_same_queries(
    client, django_assert_max_num_queries, voodoo
):
    # Equal publish moments too, so the id breaks the ties as in the plain ordering.
    for number in range(45):
        make_published_article(f"Artikel {number:02}", topics=[voodoo], days_ago=number // 2)
    newest_first = list(Article.objects.published().newest_first().values_list("slug", flat=True))

    with django_assert_max_num_queries(5):
        response = client.get("/artikelen/?page=3")
    page = response.context["page_obj"]
    assert [article.slug for article in page] == newest_first[40:45]
    assert all(article.listed_topics == [voodoo] for article in page)
    assert [article.slug for article in client.get("/artikelen/?page=2").context["page_obj"]] == newest_first[20:40]
