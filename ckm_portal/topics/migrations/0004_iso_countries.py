"""Every ISO 3166-1 country as an approved origin-country topic (issue 13).

Reads the frozen list beside this file (0004_iso_countries.json, written once by
devtools/iso_countries.py from Debian's iso-codes), never live code. Running it again adds
nothing: a country the vocabulary already has (by ISO code) keeps its slug, names and aliases.
"""

import json
from pathlib import Path

from django.db import migrations

COUNTRIES = Path(__file__).with_name("0004_iso_countries.json")


def add_countries(apps, schema_editor):
    Topic = apps.get_model("topics", "Topic")
    topics = Topic.objects.using(schema_editor.connection.alias)
    known_codes = set(topics.exclude(iso_code="").values_list("iso_code", flat=True))
    names = {name.casefold(): (pk, kind) for pk, name, kind in topics.values_list("pk", "name", "kind")}
    slugs = set(topics.values_list("slug", flat=True))
    new = []
    for country in json.loads(COUNTRIES.read_text(encoding="utf-8")):
        code = country["iso_code"]
        if code in known_codes:
            continue
        pk, kind = names.get(country["name"].casefold(), (None, None))
        if kind == "keyword":
            # A free keyword an editor made for the country becomes it: names, slug and links stay.
            topics.filter(pk=pk).update(kind="country", iso_code=code, approved=True)
            continue
        # Another kind of topic with the country's name or slug (unlikely): the country's own are told apart.
        name = country["name"] if pk is None else f"{country['name']} ({code})"
        slug = country["slug"] if country["slug"] not in slugs else f"{country['slug']}-{code.lower()}"
        new.append(
            Topic(
                name=name,
                slug=slug,
                name_en=country["name_en"],
                aliases=country["aliases"],
                kind="country",
                iso_code=code,
                approved=True,
            )
        )
    topics.bulk_create(new)


class Migration(migrations.Migration):
    dependencies = [
        ("topics", "0003_topic_updated_at"),
    ]

    # Undone, the countries stay: by then articles may be tagged with them.
    operations = [migrations.RunPython(add_countries, migrations.RunPython.noop)]
