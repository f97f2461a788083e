import django.contrib.postgres.indexes
from django.db import migrations, models

# Copies of PostgreSQL's dutch and english configurations that strip accents
# before stemming, so "Roemenie" and "Roemenië" give the same lexeme. Only the
# token types that can hold non-ASCII letters need the extra dictionary.
CREATE_CONFIGS = """
CREATE TEXT SEARCH CONFIGURATION ckm_nl (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION ckm_nl ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
CREATE TEXT SEARCH CONFIGURATION ckm_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION ckm_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
"""

DROP_CONFIGS = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS ckm_en;
DROP TEXT SEARCH CONFIGURATION IF EXISTS ckm_nl;
"""


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        # Enables the unaccent and pg_trgm extensions.
        ("topics", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(CREATE_CONFIGS, DROP_CONFIGS),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("word", models.CharField(max_length=100, unique=True, verbose_name="word")),
                ("frequency", models.PositiveIntegerField(default=0, verbose_name="number of titles")),
            ],
            options={
                "verbose_name": "search word",
                "verbose_name_plural": "search words",
                "indexes": [
                    django.contrib.postgres.indexes.GinIndex(
                        fields=["word"], name="search_word_trgm", opclasses=["gin_trgm_ops"]
                    )
                ],
            },
        ),
    ]
