"""The two editorial roles, as auth groups made by ``editors/migrations/0001_initial.py``.

Redacteur (editor): writes and edits articles and their attachments, submits them
for review, sees everything else. Hoofdredacteur (chief editor): also publishes,
schedules, unpublishes and archives (``articles.publish_article``), deletes, and
curates the topics, partners and projects. The migration holds its own frozen copy of
these lists: changing them takes a new data migration with the new lists written out
(``tests/test_migrations.py`` fails until the migrated groups match).
"""

EDITOR = "Redacteur"
CHIEF_EDITOR = "Hoofdredacteur"
PUBLISH_PERMISSION = "articles.publish_article"

_EDITOR_ARTICLES = [
    "add_article", "change_article", "view_article", "view_historicalarticle",
    "add_attachment", "change_attachment", "delete_attachment", "view_attachment",
]  # fmt: skip

#: role -> app label -> permission codenames
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


def sync_roles(group_model, permission_model):
    """Create the groups and give them their permissions (which must exist already)."""
    for role, by_app in PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=role)
        group.permissions.add(
            *(
                permission_model.objects.get(content_type__app_label=label, codename=codename)
                for label, codenames in by_app.items()
                for codename in codenames
            )
        )


def can_publish(user):
    """Publishing, unpublishing, scheduling and archiving are for chief editors (and superusers)."""
    return user is not None and user.has_perm(PUBLISH_PERMISSION)


def assign(user, role):
    """Make a user a staff member in one role's group (creating the groups if a test flushed them)."""
    from django.contrib.auth.models import Group, Permission  # noqa: PLC0415 (roles is imported by migrations)

    if not Group.objects.filter(name=role).exists():
        sync_roles(Group, Permission)
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get(name=role))
