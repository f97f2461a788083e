"""The order a professional trusts, pinned on a fixed corpus: rare words first, own text before topic links."""

import pytest
from django.http import QueryDict

from ckm_portal.search.ranking import refresh_weights
from ckm_portal.search.services import site_search
from tests.factories import make_published_article, make_topic

pytestmark = pytest.mark.django_db


def slugs(text):
    return [article.slug for article in site_search(text, QueryDict()).page_obj.object_list]


@pytest.fixture
def common_and_rare():
    """Five newer articles on a common word, one older on a rare word; all hits in the title."""
    for day in range(1, 6):
        make_published_article(f"Mensenhandel in regio {day}", slug=f"mensenhandel-{day}", days_ago=day)
    make_published_article("Kinderbruiden in beeld", slug="kinderbruiden", days_ago=30)


@pytest.fixture
def marriage_topic():
    topic = make_topic("Gedwongen huwelijk", name_en="Forced marriage", aliases=["huwelijksdwang"])
    for day in range(1, 5):
        make_published_article(f"Zaak {day} bij de rechtbank", slug=f"zaak-{day}", topics=[topic], days_ago=day)
    return topic


def test_rare_word_outranks_common_word(common_and_rare):
    # Before any word statistics, both words weigh the same, and the newest articles come first.
    assert slugs("mensenhandel OR kinderbruid")[0] == "mensenhandel-1"
    refresh_weights()
    found = slugs("mensenhandel OR kinderbruid")
    assert found[0] == "kinderbruiden"
    # Among equal hits of the common word: newest first.
    assert found[1:] == [f"mensenhandel-{day}" for day in range(1, 6)]


def test_word_newer_than_the_statistics_counts_as_rare(common_and_rare):
    refresh_weights()
    make_published_article("Mensenhandel en loverboys", slug="loverboys", days_ago=60)
    assert slugs("mensenhandel OR loverboys")[0] == "loverboys"


def test_alias_in_title_ranks_above_articles_only_tagged(marriage_topic):
    make_published_article("Huwelijksdwang in Rotterdam", slug="huwelijksdwang-titel", days_ago=40)
    found = slugs("huwelijksdwang")
    # Every article tagged with the topic is found, the one with the word in its title first.
    assert found[0] == "huwelijksdwang-titel"
    assert set(found[1:]) == {f"zaak-{day}" for day in range(1, 5)}


def test_own_summary_ranks_above_topic_link_alone(marriage_topic):
    make_published_article(
        "Een uitspraak", slug="in-samenvatting", summary="Over huwelijksdwang bij minderjarigen.", days_ago=40
    )
    make_published_article("Huwelijksdwang voorkomen", slug="in-titel", days_ago=50)
    found = slugs("forced marriage")
    assert found[:2] == ["in-titel", "in-samenvatting"]
    # Tagged only: after both, newest first.
    assert found[2:] == [f"zaak-{day}" for day in range(1, 5)]


def test_topic_name_matches_its_words_apart(marriage_topic):
    # As two plain words would: the name's words anywhere, not only as a phrase.
    make_published_article("Huwelijk onder druk", slug="woorden-apart", body="<p>Zij werd gedwongen.</p>", days_ago=9)
    assert "woorden-apart" in slugs("gedwongen huwelijk")
