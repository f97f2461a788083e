"""'Did you mean': the closest known word for each word of a query, by trigram similarity.

Known words are the approved topics' names and aliases (read live, so a newly
approved topic is suggested at once; an unapproved keyword never is) and
frequent title words (the ``SearchWord`` table, filled by
``manage.py refresh_search_words``). One query corrects all words of a query.
"""

from django.db import connection, transaction

from articles.models import Article, Status
from ckm_portal.search.models import SearchWord
from ckm_portal.topics.models import Topic

MAX_WORDS = 8
MIN_SIMILARITY = 0.4
MIN_WORD_LENGTH = 3

# For each query word (with its position), the most similar known term. The
# ``%`` operator (pg_trgm's similarity above its threshold) lets the trigram
# index on the word table do the work; topics are few enough to scan.
SUGGEST_SQL = """
SELECT query.position, best.term
FROM unnest(%s::text[]) WITH ORDINALITY AS query(word, position)
CROSS JOIN LATERAL (
    SELECT term, similarity(term, query.word) AS score FROM (
        SELECT lower(unaccent(name)) AS term FROM {topic} WHERE approved
        UNION SELECT lower(unaccent(name_en)) FROM {topic} WHERE approved AND name_en <> ''
        UNION SELECT lower(unaccent(alias)) FROM {topic}, unnest(aliases) AS alias WHERE approved
        UNION SELECT word FROM {word} WHERE word %% query.word
    ) AS known
    WHERE similarity(term, query.word) >= %s
    ORDER BY score DESC, term
    LIMIT 1
) AS best
"""


def did_you_mean(words):
    """The corrected query (words joined by spaces), or "" when there is nothing better to offer."""
    words = [word for word in words if word][:MAX_WORDS]
    candidates = [word for word in words if len(word) >= MIN_WORD_LENGTH]
    if not candidates:
        return ""
    qn = connection.ops.quote_name
    sql = SUGGEST_SQL.format(topic=qn(Topic._meta.db_table), word=qn(SearchWord._meta.db_table))
    with connection.cursor() as cursor:
        cursor.execute(sql, [candidates, MIN_SIMILARITY])
        best = {candidates[position - 1]: term for position, term in cursor.fetchall()}
    corrected = [best.get(word, word) for word in words]
    return " ".join(corrected) if corrected != words else ""


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


def refresh_words(min_titles=2, limit=20000):
    """Replace the word table with the words of at least ``min_titles`` published titles; returns how many."""
    qn = connection.ops.quote_name
    sql = WORDS_SQL.format(
        word=qn(SearchWord._meta.db_table), article=qn(Article._meta.db_table), published=Status.PUBLISHED.value
    )
    with transaction.atomic(), connection.cursor() as cursor:
        SearchWord.objects.all().delete()
        cursor.execute(sql, [MIN_WORD_LENGTH + 1, min_titles, limit])
        return cursor.rowcount
