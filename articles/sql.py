"""The articles app's raw SQL: constant statements, values always passed as parameters."""

# The ids of the last few articles linked to each topic: one walk down the (tag, type, object) index per topic.
RECENT_PER_TOPIC_SQL = """SELECT recent.object_id FROM unnest(%s::bigint[]) AS topic(id)
CROSS JOIN LATERAL (
    SELECT object_id FROM {tagged} WHERE tag_id = topic.id AND content_type_id = %s ORDER BY object_id DESC LIMIT %s
) AS recent"""

# Ids for articles inserted in bulk, taken ahead so that their topic links can be written before them.
NEXT_ARTICLE_IDS_SQL = "SELECT nextval(pg_get_serial_sequence('articles_article', 'id')) FROM generate_series(1, %s)"
