"""The search app's raw SQL in one place, and the planner hint its searches run under.

Each statement is constant: table names are filled in with the models' quoted
names, everything a user typed goes in as a parameter.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.apps import apps
from django.db import connections, router, transaction

# The normalised names of the outer topic row found, as whole words, in the text
# given as the second parameter (already normalised, padded with spaces).
NAMES_IN_TEXT = """ARRAY(
    SELECT DISTINCT normalized FROM (
        SELECT btrim(regexp_replace(lower(unaccent(name)), '[^a-z0-9]+', ' ', 'g')) AS normalized
        FROM unnest(ARRAY["topics_topic"."name", "topics_topic"."name_en"] || "topics_topic"."aliases") AS n(name)
    ) AS names
    WHERE length(normalized) >= %s AND strpos(%s, ' ' || normalized || ' ') > 0
)"""

FACETS_SQL = """
WITH matching (id, article_type, language, year, topic_ids, rank, published_at) AS MATERIALIZED ({rows})
SELECT 'type', article_type, NULL, NULL, COUNT(*) FROM matching GROUP BY article_type
UNION ALL
SELECT 'language', language, NULL, NULL, COUNT(*) FROM matching GROUP BY language
UNION ALL
SELECT 'year', year::integer::text, NULL, NULL, COUNT(*) FROM matching GROUP BY year
UNION ALL
SELECT CASE WHEN topic.kind = %s THEN 'country' ELSE 'topic' END, topic.slug, topic.name, topic.name_en, counted.n
FROM (
    -- Counted per topic id first: the topics' names join one row per counted topic, not every match (0004).
    SELECT tag_id, COUNT(*) AS n FROM (SELECT unnest(topic_ids) AS tag_id FROM matching) AS links GROUP BY tag_id
) AS counted
JOIN {topic} AS topic ON topic.id = counted.tag_id
-- Unapproved keywords are no facet, whatever their kind.
WHERE topic.kind <> %s AND topic.approved
"""

# The ids of one page of the matches, read from the same matching rows: one pass over the table for both.
# (Append returns each branch's rows in that branch's order.)
PAGE_SQL = """
UNION ALL
(SELECT 'page', id::text, NULL, NULL, NULL FROM matching
 -- Qualified, so the tie-break is the number, not the output column (its text).
 ORDER BY rank DESC, published_at DESC, matching.id DESC LIMIT %s OFFSET %s)
"""

# For each query word (with its position), the most similar known word. The
# ``%`` operator (pg_trgm's similarity above its threshold) lets the trigram
# index on the word table do the work; topics are few enough to scan. Topic
# names count word by word: a whole name ("gedwongen huwelijk") offered for one
# of its words would make the suggestion longer than the query.
SUGGEST_SQL = """
SELECT query.position, best.term
FROM unnest(%s::text[]) WITH ORDINALITY AS query(word, position)
CROSS JOIN LATERAL (
    SELECT term, similarity(term, query.word) AS score FROM (
        SELECT term FROM (
            SELECT regexp_split_to_table(lower(unaccent(topic_name)), '[^a-z0-9]+') AS term
            FROM {topic}, unnest(ARRAY[name, name_en] || aliases) AS names(topic_name) WHERE approved
        ) AS topic_words WHERE length(term) >= %s
        UNION SELECT word FROM {word} WHERE word %% query.word
    ) AS known
    WHERE similarity(term, query.word) >= %s
    ORDER BY score DESC, term
    LIMIT 1
) AS best
"""

# Title words: the simple configuration keeps whole words (no stemming), and
# ts_stat counts in how many titles each occurs. Only published titles, so no
# suggestion gives away the words of an embargoed article.
WORDS_SQL = """
INSERT INTO {word} (word, frequency)
SELECT word, ndoc FROM ts_stat($$
    SELECT to_tsvector('simple', lower(unaccent(title))) FROM {article}
    WHERE status = '{published}' AND published_at <= now()
$$)
WHERE length(word) BETWEEN %s AND 100 AND word !~ '^[0-9]+$' AND ndoc >= %s
ORDER BY ndoc DESC, word
LIMIT %s
"""

# Each word's inverse document frequency over the public articles' search vectors: 1 + ln((N + 1) / (n + 1)),
# so a word in every article still weighs 1 and a word in one weighs most.
WEIGHTS_SQL = """
INSERT INTO {weight} (lexeme, documents, weight)
SELECT word, ndoc, 1 + ln((total.n + 1)::float / (ndoc + 1))
FROM ts_stat($$ SELECT document FROM {entry} WHERE published_at <= now() $$),
     (SELECT count(*) AS n FROM {entry} WHERE published_at <= now()) AS total
"""

# The weight of a term: that of its most frequent word in either language (a term is as rare as its commonest
# part). A word counted nowhere is new since the last count: it weighs as the rarest known; before any
# count, every term weighs 1.
TERM_WEIGHT_SQL = """(
    SELECT COALESCE(MIN(weight), (SELECT MAX(weight) FROM {weight}), 1.0) FROM {weight}
    WHERE lexeme = ANY(tsvector_to_array(to_tsvector('ckm_nl', %s) || to_tsvector('ckm_en', %s)))
)"""


def search_database() -> str:
    """The database a search reads its matches from: a replica for a public request when there are replicas."""
    return router.db_for_read(apps.get_model("search", "ArticleEntry"))


@contextmanager
def match_by_index() -> Iterator[None]:
    """Within the block, the planner answers ``@@`` from the GIN index rather than a sequential scan.

    The planner prices ``@@`` per row as cheap, so for a common term it reads
    the whole table and unpacks every stored vector from TOAST (slower than a
    bitmap scan, which needs no vector at all: the index is exact; see
    docs/decisions/0003-seqscan-off-per-search.md). ``SET LOCAL`` ends with the transaction, which is opened
    on the search's own database: one on the primary would send every read inside it to the primary.
    """
    using = search_database()
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        yield
