"""The initial migrations keep what Django cannot generate, and the frozen roles match the live ones."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from ckm_portal.editors import roles

pytestmark = pytest.mark.django_db


def test_rank_vector_stays_in_the_row():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute"
            " WHERE attrelid = 'articles_article'::regclass AND attname = 'rank_vector'"
        )
        assert cursor.fetchone() == ("m",)  # STORAGE MAIN, set by hand in articles/0001_initial


def test_the_migrated_roles_are_the_roles_the_code_describes():
    # The migration writes the lists out instead of importing them; changing roles.py needs a new
    # data migration, and this fails until there is one.
    for role, by_app in roles.PERMISSIONS.items():
        migrated = set(Group.objects.get(name=role).permissions.values_list("content_type__app_label", "codename"))
        assert migrated == {(label, codename) for label, codenames in by_app.items() for codename in codenames}


# What a database migrated before the clean start has recorded for our apps.
OLD_MIGRATIONS = {
    "topics": ["0001_initial", "0002_topic_approved", "0003_topic_slug_redirect"],
    "search": ["0001_text_search_configs"],
    "contact": ["0001_contact_message"],
    "articles": [
        "0001_initial", "0002_initial", "0003_history", "0004_search_vector", "0005_attachment_pdf_validation",
        "0006_published_ids_index", "0007_rank_vector", "0008_topic_ids", "0009_review_workflow",
    ],
    "partners": ["0001_initial", "0002_initial", "0003_history", "0004_search_vector"],
    "projects": ["0001_initial", "0002_initial", "0003_history", "0004_search_vector"],
    "editors": ["0001_roles"],
}  # fmt: skip


@pytest.mark.parametrize("with_newest_first", [True, False], ids=["with-projects-0005", "without-projects-0005"])
def test_a_database_migrated_before_the_clean_start_applies_only_what_came_after_it(with_newest_first):
    recorder = MigrationRecorder(connection)
    recorder.migration_qs.filter(app__in=OLD_MIGRATIONS).delete()
    for app, names in OLD_MIGRATIONS.items():
        for name in names:
            recorder.record_applied(app, name)
    if with_newest_first:  # uncommitted for a while, so not every local database has it
        recorder.record_applied("projects", "0005_project_newest_first")

    executor = MigrationExecutor(connection)
    executor.loader.check_consistent_history(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    # Only migrations written after the clean start are left; no initial one runs again.
    assert [migration.name for migration, _ in plan if migration.name == "0001_initial"] == []
    for app in OLD_MIGRATIONS:
        assert (app, "0001_initial") in executor.loader.applied_migrations
