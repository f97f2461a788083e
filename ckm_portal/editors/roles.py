"""The two editorial roles, as auth groups made by ``editors/migrations/0001_roles.py``.

The permissions themselves are written out in that migration, frozen as migrations
should be; the names here are for code and tests that look the groups up.
"""

from django.contrib.auth.models import Group

EDITOR = "Redacteur"
CHIEF_EDITOR = "Hoofdredacteur"
PUBLISH_PERMISSION = "articles.publish_article"


def can_publish(user):
    """Publishing, unpublishing, scheduling and archiving are for chief editors (and superusers)."""
    return user is not None and user.has_perm(PUBLISH_PERMISSION)


def assign(user, role):
    """Make a staff user a member of one role's group."""
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get(name=role))
