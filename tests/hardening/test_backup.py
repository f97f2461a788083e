"""The documented backup procedure: pg_dump -Fc, pg_restore into an empty database, nothing lost."""

import shutil
import subprocess

import psycopg
import pytest
from django.db import connection

from articles.models import Article, Attachment
from ckm_portal.topics.models import TaggedTopic
from tests.factories import make_content
from tests.support.servers import database_url_of

RESTORED = "test_ckm_restore_check"


def row_counts(cursor, tables):
    counts = {}
    for table in tables:
        cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608 (names from the catalogue)
        counts[table] = cursor.fetchone()[0]
    return counts


@pytest.fixture
def restore_target(transactional_db):
    """An empty database beside the test database, dropped afterwards."""
    settings_dict = connection.settings_dict
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{RESTORED}"')
        # template0: truly empty, without anything added to template1.
        cursor.execute(f'CREATE DATABASE "{RESTORED}" TEMPLATE template0')
    yield database_url_of({**settings_dict, "NAME": RESTORED})
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{RESTORED}" WITH (FORCE)')


def test_a_dump_restores_into_an_empty_database_with_everything(restore_target, tmp_path):
    for text in ("Gedwongen huwelijk", "Loverboys", "Arbeidsuitbuiting"):
        content = make_content(text)
    article = content["article"]
    article.title = "Arbeidsuitbuiting in de land- en tuinbouw"
    article.save()  # one more history row
    assert article.history.count() == 2
    assert TaggedTopic.objects.count() > 0 and Attachment.objects.count() == 3

    dump = tmp_path / "ckm.dump"
    source = database_url_of(connection.settings_dict)
    for command in (
        ["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", source],
        ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={restore_target}", str(dump)],
    ):
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"{shutil.which(command[0])}: {result.stderr}"

    tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        before = row_counts(cursor, tables)
    with psycopg.connect(restore_target) as restored:
        after = row_counts(restored.cursor(), tables)
        attachment_files = sorted(row[0] for row in restored.execute("SELECT file FROM articles_attachment"))
        extensions = {row[0] for row in restored.execute("SELECT extname FROM pg_extension")}
    assert after == before
    # Each make_content holds a case-law article and an event; the title change added one history row.
    assert before[Article._meta.db_table] == 6
    assert before[Article.history.model._meta.db_table] == 7
    assert attachment_files == sorted(Attachment.objects.values_list("file", flat=True))
    assert {"unaccent", "pg_trgm"} <= extensions
