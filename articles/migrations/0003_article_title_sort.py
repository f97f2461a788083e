from django.db import migrations, models


class Migration(migrations.Migration):
    # The article list sorted by title reads its pages from this index (only published articles in it).
    dependencies = [
        ("articles", "0002_events_translations_key_documents"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("status", "published")),
                fields=["title", "id"],
                include=("published_at",),
                name="article_published_title",
            ),
        ),
    ]
