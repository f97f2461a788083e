"""The GIN index on the stored vector answers selective queries.

The plan is not forced: on a few thousand rows with fresh statistics and the
GIN pending list flushed (as autovacuum does), the planner picks the index by
itself (no ``enable_seqscan = off``).
"""

import itertools

import pytest
from django.db import connection
from django.utils import timezone

from articles.models import Article, Status
from ckm_portal.search.query import parse
from partners.models import Partner, PartnerKind, Scope
from tests.factories import make_partner

pytestmark = pytest.mark.django_db

WORDS = ["mensenhandel", "uitbuiting", "slachtoffer", "opvang", "politie", "rechter", "zorg", "werk", "geld", "dwang"]


def settle(table, index):
    """What autovacuum does after a bulk load: fresh statistics, and the GIN pending list merged into the index."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
        cursor.execute(f"ANALYZE {table}")


def bulk_articles(count):
    pairs = itertools.cycle(itertools.permutations(WORDS, 3))
    Article.objects.bulk_create(
        Article(
            slug=f"artikel-{number}",
            title=" ".join(next(pairs)),
            summary=" ".join(next(pairs)),
            body=" ".join(next(pairs)) * 5,
            language="en" if number % 5 == 0 else "nl",
            status=Status.PUBLISHED,
            published_at=timezone.now(),
        )
        for number in range(count)
    )
    Article.objects.filter(slug__in=["artikel-7", "artikel-700"]).update(title="Loverboys in Zwolle")
    settle("articles_article", "article_search_vector")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zwolle", 2),
        ("loverboys zwolle", 2),
        # Dutch and English stems differ here; both forms are in the one tsquery.
        ("gedwongen huwelijken", 0),
    ],
)
def test_gin_index_is_used_for_a_selective_query(topics, text, expected):
    bulk_articles(4000)
    articles = Article.objects.published().filter(parse(text).article_match())
    plan = articles.explain()
    assert "article_search_vector" in plan, plan
    assert "Seq Scan on articles_article" not in plan, plan
    # The index answers the whole match: no second look at each row's vector.
    assert "Filter: ((search_vector" not in plan and "AND (search_vector" not in plan, plan
    assert articles.count() == expected


def test_partner_index(db):
    Partner.objects.bulk_create(
        Partner(slug=f"p{number}", name=f"Organisatie {number}", kind=PartnerKind.NGO, scope=Scope.NATIONAL)
        for number in range(3000)
    )
    make_partner("Fier", slug="fier")
    settle("partners_partner", "partner_search_vector")
    plan = Partner.objects.filter(parse("fier").match()).explain()
    assert "partner_search_vector" in plan, plan


def test_text_search_configurations_strip_accents():
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('ckm_nl', 'Oekraïense huwelijken'), to_tsvector('ckm_en', 'Oekraïne')")
        dutch, english = cursor.fetchone()
    assert dutch == "'huwelijk':2 'oekraien':1"
    assert english == "'oekrain':1"
