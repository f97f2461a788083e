"""The editorial roles as groups: Redacteur (editor) and Hoofdredacteur (chief editor).

Permissions are normally made by a post_migrate signal, after every migration has
run, so on a fresh database they do not exist yet when this runs: create them here
first for the apps whose permissions the groups need.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

APPS = ["auth", "contenttypes", "articles", "partners", "projects", "topics"]

EDITOR = "Redacteur"
CHIEF_EDITOR = "Hoofdredacteur"

# app label -> codenames
EDITOR_PERMISSIONS = {
    "articles": [
        "add_article", "change_article", "view_article",
        "add_attachment", "change_attachment", "delete_attachment", "view_attachment",
        "view_historicalarticle",
    ],
    "topics": ["view_topic"],
    "partners": ["view_partner", "view_historicalpartner"],
    "projects": ["view_project", "view_historicalproject"],
}
CHIEF_EDITOR_PERMISSIONS = {
    "articles": EDITOR_PERMISSIONS["articles"] + ["delete_article", "publish_article", "change_historicalarticle"],
    "topics": ["add_topic", "change_topic", "delete_topic", "view_topic"],
    "partners": [
        "add_partner", "change_partner", "delete_partner", "view_partner",
        "view_historicalpartner", "change_historicalpartner",
    ],
    "projects": [
        "add_project", "change_project", "delete_project", "view_project",
        "view_historicalproject", "change_historicalproject",
    ],
}


def create_roles(apps, schema_editor):
    for label in APPS:
        app_config = apps.get_app_config(label)
        app_config.models_module = True  # create_permissions skips apps without models
        create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, by_app in [(EDITOR, EDITOR_PERMISSIONS), (CHIEF_EDITOR, CHIEF_EDITOR_PERMISSIONS)]:
        group, _ = Group.objects.get_or_create(name=name)
        wanted = [(label, codename) for label, codenames in by_app.items() for codename in codenames]
        permissions = [
            Permission.objects.get(content_type__app_label=label, codename=codename) for label, codename in wanted
        ]
        group.permissions.add(*permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITOR, CHIEF_EDITOR]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("articles", "0004_search_vector"),
        ("partners", "0004_search_vector"),
        ("projects", "0004_search_vector"),
        ("topics", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
