"""'Did you mean' from topic names, aliases and frequent title words, offered only when it finds more."""

import pytest
from django.core.management import call_command
from django.http import QueryDict
from django.urls import reverse

from articles.models import Status
from ckm_portal.core.search_backend import get_search_backend
from ckm_portal.search.models import SearchWord
from ckm_portal.search.query import parse
from ckm_portal.search.suggestions import better_query, did_you_mean
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_topic_names_and_aliases(topics):
    assert did_you_mean(["vodoo"]) == "voodoo"
    assert did_you_mean(["meisjesbesnijdnis"]) == "meisjesbesnijdenis"
    assert did_you_mean(["roemenie"]) == ""  # already a known word (accents aside)
    assert did_you_mean(["vodoo", "nigeria"]) == "voodoo nigeria"


def test_unknown_words_are_left_alone(topics):
    assert did_you_mean(["xyzzy"]) == ""
    assert did_you_mean([]) == ""
    assert did_you_mean(["ab"]) == ""


def test_frequent_title_words_from_the_command(topics):
    for number in range(3):
        make_article(f"Schuldsanering deel {number}", slug=f"t{number}", status=Status.PUBLISHED, days_ago=30)
    make_article("Geheimhouding", slug="draft", days_ago=30, status=Status.DRAFT)
    make_article("Geheimhouding", slug="draft2", days_ago=30, status=Status.DRAFT)
    call_command("refresh_search_words", verbosity=0)
    assert SearchWord.objects.get(word="schuldsanering").frequency == 3
    # Words of unpublished titles are never suggested.
    assert not SearchWord.objects.filter(word="geheimhouding").exists()
    assert did_you_mean(["schuldsaneing"]) == "schuldsanering"
    # Running it again replaces the list rather than adding to it.
    call_command("refresh_search_words", verbosity=0)
    assert SearchWord.objects.filter(word="schuldsanering").count() == 1


def test_a_topic_name_is_corrected_word_for_word_never_lengthened(topics):
    # Each word of "gedwongen huwelijk" is known; the alias "huwelijksdwang" is no correction of "huwelijk".
    assert did_you_mean(["gedwongen", "huwelijk"]) == ""
    assert did_you_mean(["gedwonge", "huwelijk"]) == "gedwongen huwelijk"
    assert did_you_mean(["genitale", "verminkin"]) == "genitale verminking"


def suggestion(client, **params):
    response = client.get(reverse("search:results"), params)
    assert response.status_code == 200
    return response.context["results"].suggestion


def test_no_suggestion_for_a_query_that_names_a_topic(client, corpus):
    # Few results (the English filter leaves one), but the words are a topic's name: nothing to correct.
    assert suggestion(client, q="gedwongen huwelijk", language="en") == ""
    assert suggestion(client, q="huwelijksdwang", language="en") == ""


def test_a_suggestion_only_when_it_finds_more(client, corpus):
    assert suggestion(client, q="vodoo") == "voodoo"
    # No English article on voodoo: the correction would find nothing more under the same filter.
    assert suggestion(client, q="vodoo", language="en") == ""
    # The suggestion's link keeps the filters it was counted with.
    response = client.get(reverse("search:results"), {"q": "vodoo", "type": "case_law"})
    assert response.context["results"].suggestion == "voodoo"
    assert "?q=voodoo&amp;type=case_law" in response.content.decode()


def test_the_backend_suggests_by_the_same_rules(corpus):
    backend = get_search_backend()
    assert backend.suggest("vodoo", 0) == "voodoo"
    # Two published articles mention voodoo: a query that found as many needs no correction.
    with backend.index_plan():
        assert backend.search("voodoo").ids().count() == 2
    assert backend.suggest("vodoo", 1) == "voodoo"
    assert backend.suggest("vodoo", 2) == ""
    assert backend.suggest("voodoo", 0) == ""
    assert backend.suggest("xyzzy", 0) == ""
    assert backend.suggest("vodoo", 0, QueryDict("language=en")) == ""


def test_a_query_naming_topics_asks_for_no_correction(corpus, django_assert_num_queries):
    parsed = parse("gedwongen huwelijk nigeria")
    with django_assert_num_queries(0):
        assert better_query(parsed, 0, count=lambda found: pytest.fail("counted")) == ""


def test_a_typo_beside_a_topic_name_is_corrected_in_place(client, corpus):
    assert suggestion(client, q="gedwongen huwelijk nigria") == "gedwongen huwelijk nigeria"
