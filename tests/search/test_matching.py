"""What a query finds, and in what order, on the fixed corpus."""

import pytest
from django.http import QueryDict

from articles.models import Article
from ckm_portal.search import query
from ckm_portal.search.services import site_search

pytestmark = pytest.mark.django_db


def search(text, order="relevance", **filters):
    params = QueryDict(mutable=True)
    params.update(filters)
    return site_search(text, params, order=order)


def slugs(text, **kwargs):
    return [article.slug for article in search(text, **kwargs).page_obj.object_list]


def test_dutch_stemming(corpus):
    # "huwelijk" (singular) finds the title "Gedwongen huwelijken" and the body "huwelijk".
    assert "gedwongen-huwelijken" in slugs("huwelijk")
    assert "gedwongen-huwelijken" in slugs("huwelijken")


def test_english_stemming(corpus):
    assert "forced-marriage-uk" in slugs("marriage")
    assert "labour-exploitation-en" in slugs("exploited")


def test_accents_do_not_matter(corpus):
    assert slugs("Roemenie") == slugs("Roemenië")
    assert "roemeense-slachtoffers" in slugs("Roemenie")


def test_quoted_phrase(corpus):
    # Both words occur in "uitbuiting-in-de-prostitutie", but only apart.
    assert slugs('"voodoo ritueel"') == ["uitbuiting-in-de-prostitutie"]
    assert slugs('"ritueel voodoo"') == []


def test_exclusion(corpus):
    found = slugs("voodoo -eed")
    assert "uitbuiting-in-de-prostitutie" in found
    assert "voodoo-eed" not in found


def test_exclusion_holds_in_both_languages(corpus):
    # "gedwongen" stems to "gedwong" in Dutch and stays "gedwongen" in English: both are excluded.
    assert "gedwongen-huwelijken" in slugs("huwelijk")
    assert "gedwongen-huwelijken" not in slugs("huwelijk -gedwongen")


def test_or_between_topic_mentions_and_words(corpus):
    assert set(slugs("voodoo OR FGM")) == {"voodoo-eed", "uitbuiting-in-de-prostitutie", "besnijdenis-voorkomen"}
    # AND binds tighter than OR: (voodoo and Nigeria) or kassen; not every article on Nigeria.
    found = set(slugs("juju nigeria OR kassen"))
    assert found == {"voodoo-eed", "uitbuiting-in-de-prostitutie", "roemeense-slachtoffers"}


def test_or(corpus):
    found = set(slugs("besnijdenis OR kassen"))
    assert {"besnijdenis-voorkomen", "roemeense-slachtoffers"} <= found


def test_title_hit_outranks_body_hit(corpus):
    assert slugs("voodoo")[:2] == ["voodoo-eed", "uitbuiting-in-de-prostitutie"]


def test_date_order(corpus):
    # The body hit is newer than the title hit.
    assert slugs("voodoo", order="date")[:2] == ["uitbuiting-in-de-prostitutie", "voodoo-eed"]


def test_only_published_articles(corpus):
    found = slugs("voodoo")
    assert "concept-voodoo" not in found
    assert "toekomstig-voodoo" not in found


def test_english_name_of_a_topic_finds_dutch_articles_tagged_with_it(corpus):
    found = slugs("forced marriage")
    # Tagged "gedwongen huwelijk", no English word in it.
    assert "uithuwelijking-nigeria" in found
    assert "gedwongen-huwelijken" in found
    assert "forced-marriage-uk" in found
    assert [topic.slug for topic in search("forced marriage").topics] == ["gedwongen-huwelijk"]


def test_alias_finds_tagged_articles(corpus):
    assert slugs("FGM") == ["besnijdenis-voorkomen"]
    assert slugs("fgm") == ["besnijdenis-voorkomen"]


def test_topic_names_within_a_longer_query(corpus):
    results = search("gedwongen huwelijk Nigeria")
    assert [article.slug for article in results.page_obj.object_list] == ["uithuwelijking-nigeria"]
    assert {topic.slug for topic in results.topics} == {"gedwongen-huwelijk", "nigeria"}


def test_topic_inside_a_phrase_or_exclusion_is_taken_literally(corpus):
    parsed = query.parse('"forced marriage" -nigeria')
    assert parsed.topics == []
    assert "uithuwelijking-nigeria" not in slugs("huwelijk -nigeria")


def test_words_in_both_languages_of_a_topic_name(corpus):
    # English readers get Dutch rows through the English topic name, and the other way round.
    assert "roemeense-slachtoffers" in slugs("labour exploitation")
    assert "labour-exploitation-en" in slugs("arbeidsuitbuiting")


def test_projects_and_partners_are_searched_too(corpus):
    results = search("Nigeria")
    assert [project.slug for project in results.projects] == ["terugkeer-nigeria"]
    assert results.project_total == 1
    results = search("labour exploitation")
    assert [partner.slug for partner in results.partners] == ["fairwork"]
    assert [partner.slug for partner in search("arbeidsuitbuiting").partners] == ["fairwork"]


def test_snippets_mark_hits_and_escape_the_text(corpus):
    article = corpus["marriage_nl"]
    Article.objects.filter(pk=article.pk).update(body="<p>Een huwelijk & <script>alert(1)</script> dwang.</p>")
    [hit] = [a for a in search("dwang").page_obj.object_list if a.pk == article.pk]
    assert "<mark>dwang</mark>" in hit.snippet
    assert "<script>" not in hit.snippet
    assert "&amp;" in hit.snippet


def test_stopwords_only_find_nothing_without_error(corpus):
    results = search("de het een")
    assert results.total == 0


@pytest.mark.parametrize(
    "text",
    ['"', "-", "OR", "or or", "!!!", "a & b | !c", "voodoo:*", "(voodoo", "' OR 1=1 --", "\\", '-"x', "ñ" * 50],
)
def test_odd_syntax_never_fails(corpus, text):
    search(text)


def test_clean_cuts_long_queries_and_drops_control_characters():
    assert query.clean("  vo\x00odoo \t nigeria ") == ("vo odoo nigeria", False)
    text, was_cut = query.clean("x" * 500)
    assert was_cut and len(text) == query.MAX_LENGTH
