"""'Did you mean' from topic names, aliases and frequent title words."""

import pytest
from django.core.management import call_command

from articles.models import Status
from ckm_portal.search.models import SearchWord
from ckm_portal.search.suggestions import did_you_mean
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
