"""The editorial roles as groups: Redacteur (editor) and Hoofdredacteur (chief editor).

Permissions are normally made by a post_migrate signal, after every migration has
run, so on a fresh database they do not exist yet when this runs: create them here
first for the apps whose permissions the groups need.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from ckm_portal.editors.roles import CHIEF_EDITOR, EDITOR, sync_roles

APPS = ["articles", "partners", "projects", "topics"]


def create_roles(apps, schema_editor):
    for label in APPS:
        app_config = apps.get_app_config(label)
        app_config.models_module = True  # create_permissions skips apps without models
        create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
        app_config.models_module = None
    sync_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


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
