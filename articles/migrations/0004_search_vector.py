import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_history"),
        # Creates the ckm_nl and ckm_en text search configurations the vector uses.
        ("search", "0001_text_search_configs"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="topic_text",
            field=models.TextField(blank=True, default="", editable=False, verbose_name="topic names"),
        ),
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=models.GeneratedField(
                db_persist=True,
                expression=models.Case(
                    models.When(
                        language="en",
                        then=django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.CombinedSearchVector(
                                django.contrib.postgres.search.CombinedSearchVector(
                                    django.contrib.postgres.search.CombinedSearchVector(
                                        django.contrib.postgres.search.CombinedSearchVector(
                                            django.contrib.postgres.search.CombinedSearchVector(
                                                django.contrib.postgres.search.CombinedSearchVector(
                                                    django.contrib.postgres.search.SearchVector(
                                                        "title", config="ckm_en", weight="A"
                                                    ),
                                                    "||",
                                                    django.contrib.postgres.search.SearchVector(
                                                        "summary", config="ckm_en", weight="B"
                                                    ),
                                                    django.contrib.postgres.search.SearchConfig("ckm_en"),
                                                ),
                                                "||",
                                                django.contrib.postgres.search.SearchVector(
                                                    "body", config="ckm_en", weight="C"
                                                ),
                                                django.contrib.postgres.search.SearchConfig("ckm_en"),
                                            ),
                                            "||",
                                            django.contrib.postgres.search.SearchVector(
                                                "source_name", config="ckm_en", weight="D"
                                            ),
                                            django.contrib.postgres.search.SearchConfig("ckm_en"),
                                        ),
                                        "||",
                                        django.contrib.postgres.search.SearchVector(
                                            "authors", config="ckm_en", weight="D"
                                        ),
                                        django.contrib.postgres.search.SearchConfig("ckm_en"),
                                    ),
                                    "||",
                                    django.contrib.postgres.search.SearchVector("court", config="ckm_en", weight="D"),
                                    django.contrib.postgres.search.SearchConfig("ckm_en"),
                                ),
                                "||",
                                django.contrib.postgres.search.SearchVector("publisher", config="ckm_en", weight="D"),
                                django.contrib.postgres.search.SearchConfig("ckm_en"),
                            ),
                            "||",
                            django.contrib.postgres.search.CombinedSearchVector(
                                django.contrib.postgres.search.SearchVector("topic_text", config="ckm_nl", weight="A"),
                                "||",
                                django.contrib.postgres.search.SearchVector("topic_text", config="ckm_en", weight="A"),
                                django.contrib.postgres.search.SearchConfig("ckm_nl"),
                            ),
                            django.contrib.postgres.search.SearchConfig("ckm_en"),
                        ),
                    ),
                    default=django.contrib.postgres.search.CombinedSearchVector(
                        django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.CombinedSearchVector(
                                django.contrib.postgres.search.CombinedSearchVector(
                                    django.contrib.postgres.search.CombinedSearchVector(
                                        django.contrib.postgres.search.CombinedSearchVector(
                                            django.contrib.postgres.search.CombinedSearchVector(
                                                django.contrib.postgres.search.SearchVector(
                                                    "title", config="ckm_nl", weight="A"
                                                ),
                                                "||",
                                                django.contrib.postgres.search.SearchVector(
                                                    "summary", config="ckm_nl", weight="B"
                                                ),
                                                django.contrib.postgres.search.SearchConfig("ckm_nl"),
                                            ),
                                            "||",
                                            django.contrib.postgres.search.SearchVector(
                                                "body", config="ckm_nl", weight="C"
                                            ),
                                            django.contrib.postgres.search.SearchConfig("ckm_nl"),
                                        ),
                                        "||",
                                        django.contrib.postgres.search.SearchVector(
                                            "source_name", config="ckm_nl", weight="D"
                                        ),
                                        django.contrib.postgres.search.SearchConfig("ckm_nl"),
                                    ),
                                    "||",
                                    django.contrib.postgres.search.SearchVector("authors", config="ckm_nl", weight="D"),
                                    django.contrib.postgres.search.SearchConfig("ckm_nl"),
                                ),
                                "||",
                                django.contrib.postgres.search.SearchVector("court", config="ckm_nl", weight="D"),
                                django.contrib.postgres.search.SearchConfig("ckm_nl"),
                            ),
                            "||",
                            django.contrib.postgres.search.SearchVector("publisher", config="ckm_nl", weight="D"),
                            django.contrib.postgres.search.SearchConfig("ckm_nl"),
                        ),
                        "||",
                        django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.SearchVector("topic_text", config="ckm_nl", weight="A"),
                            "||",
                            django.contrib.postgres.search.SearchVector("topic_text", config="ckm_en", weight="A"),
                            django.contrib.postgres.search.SearchConfig("ckm_nl"),
                        ),
                        django.contrib.postgres.search.SearchConfig("ckm_nl"),
                    ),
                ),
                output_field=django.contrib.postgres.search.SearchVectorField(),
                verbose_name="search vector",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=django.contrib.postgres.indexes.GinIndex(fields=["search_vector"], name="article_search_vector"),
        ),
    ]
