"""The editorial roles as groups: Redacteur (editor) and Hoofdredacteur (chief editor).

The names and permissions are written out here, frozen: ``ckm_portal/editors/roles.py`` may
change later, and a migration must keep doing what it did. Changing a role takes a new data
migration with its own lists.

Permissions are normally made by a post_migrate signal, after every migration has run, so on
a fresh database they do not exist yet when this runs: Django's ``create_permissions`` makes
them first (from the historical models) for the apps whose permissions the groups need.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "Redacteur"
CHIEF_EDITOR = "Hoofdredacteur"

_EDITOR_ARTICLES = [
    "add_article", "change_article", "view_article", "view_historicalarticle",
    "add_attachment", "change_attachment", "delete_attachment", "view_attachment",
]  # fmt: skip

# role -> app label -> permission codenames
PERMISSIONS = {
    EDITOR: {
        "articles": _EDITOR_ARTICLES,
        "topics": ["view_topic"],
        "partners": ["view_partner", "view_historicalpartner"],
        "projects": ["view_project", "view_historicalproject"],
    },
    CHIEF_EDITOR: {
        "articles": [*_EDITOR_ARTICLES, "delete_article", "publish_article", "change_historicalarticle"],
        "topics": ["add_topic", "change_topic", "delete_topic", "view_topic"],
        "partners": [
            "add_partner", "change_partner", "delete_partner", "view_partner",
            "view_historicalpartner", "change_historicalpartner",
        ],
        "projects": [
            "add_project", "change_project", "delete_project", "view_project",
            "view_historicalproject", "change_historicalproject",
        ],
    },
}  # fmt: skip


def create_roles(apps, schema_editor):
    using = schema_editor.connection.alias
    for label in ["articles", "partners", "projects", "topics"]:
        app_config = apps.get_app_config(label)
        app_config.models_module = True  # create_permissions skips apps without models
        create_permissions(app_config, apps=apps, verbosity=0, using=using)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, by_app in PERMISSIONS.items():
        group, _created = Group.objects.using(using).get_or_create(name=role)
        group.permissions.add(
            *(
                Permission.objects.using(using).get(content_type__app_label=label, codename=codename)
                for label, codenames in by_app.items()
                for codename in codenames
            )
        )


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name__in=[EDITOR, CHIEF_EDITOR]).delete()


class Migration(migrations.Migration):
    initial = True

    # The clean start (issue 12) renamed the old roles migration: a database that recorded it counts
    # this one as applied (and keeps the groups it made).
    replaces = [
        ("editors", "0001_roles"),
    ]

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("articles", "0001_initial"),
        ("partners", "0001_initial"),
        ("projects", "0001_initial"),
        ("topics", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
