"""The table of Django's database cache that keeps common searches' counts when there is no Redis (0018).

Written by hand, as ``manage.py createcachetable`` would create it, so that ``migrate`` is the only set-up.
"""

from django.db import migrations

TABLE = "search_kept_results"

CREATE = f"""
CREATE TABLE {TABLE} (
    cache_key varchar(255) NOT NULL PRIMARY KEY,
    value text NOT NULL,
    expires timestamp with time zone NOT NULL
);
CREATE INDEX {TABLE}_expires ON {TABLE} (expires);
"""


class Migration(migrations.Migration):
    dependencies = [("search", "0002_article_entries_and_word_weights")]

    operations = [migrations.RunSQL(CREATE, f"DROP TABLE {TABLE}")]
