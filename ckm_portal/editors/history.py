"""Edit history as editors read it: field labels, choice labels, local times, names and words.

django-simple-history shows raw values (``review → published``, UTC datetimes with
microseconds, ``None``). ``readable_history`` turns a page of historical records into
``HistoryEntry`` rows the history template prints as they are, in the user's language.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import models
from django.utils import formats, timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

#: The change type as a word; simple-history's own labels have no Dutch translation.
CHANGE_TYPES = {
    "+": gettext_lazy("Created"),
    "~": gettext_lazy("Changed"),
    "-": gettext_lazy("Deleted"),
}

#: Shown for an empty value, so that "→" never points at nothing.
EMPTY = "—"

# Long texts (summaries, rich-text bodies) are shown as their first words, without markup.
TEXT_WORDS = 25


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    record: object
    moment: str
    change_type: str
    user: str
    reason: str
    changes: list[FieldChange] = field(default_factory=list)


def display_moment(value):
    """A datetime in TIME_ZONE, formatted as the admin formats datetimes (no seconds, no offset)."""
    return formats.localize(timezone.localtime(value)) if timezone.is_aware(value) else formats.localize(value)


def display_user(user):
    if user is None:
        return EMPTY
    return user.get_full_name() or user.get_username()


def display_value(model_field, value):
    """One field value as an editor reads it."""
    if value is None or value == "":
        text = EMPTY
    elif model_field.choices:
        text = dict(model_field.flatchoices).get(value, value)
    elif isinstance(model_field, models.BooleanField):
        text = _("yes") if value else _("no")
    elif isinstance(value, datetime):
        text = display_moment(value)
    elif isinstance(value, date):
        text = formats.localize(value)
    elif isinstance(model_field, models.TextField):
        text = Truncator(" ".join(strip_tags(value).split())).words(TEXT_WORDS) or EMPTY
    else:
        text = value
    return str(text)


def same_value(old, new):
    # Publish moments used to be stored with microseconds that the admin's time input
    # drops; a value that differs only below the second is the same moment to an editor.
    if isinstance(old, datetime) and isinstance(new, datetime):
        return old.replace(microsecond=0) == new.replace(microsecond=0)
    return old == new


def field_changes(model, newer, older):
    """What changed from ``older`` to ``newer`` (two historical records), in the model's field order."""
    delta = newer.diff_against(older, foreign_keys_are_objs=True)
    by_name = {change.field: change for change in delta.changes}
    changes = []
    for model_field in model._meta.concrete_fields:
        change = by_name.get(model_field.name)
        if change is None or same_value(change.old, change.new):
            continue
        changes.append(
            FieldChange(
                label=capfirst(model_field.verbose_name),
                old=display_value(model_field, change.old),
                new=display_value(model_field, change.new),
            )
        )
    return changes


def readable_entry(record, older=None):
    return HistoryEntry(
        record=record,
        moment=display_moment(record.history_date),
        change_type=str(CHANGE_TYPES.get(record.history_type, record.history_type)),
        user=display_user(record.history_user),
        reason=record.history_change_reason or "",
        changes=field_changes(record.instance_type, record, older) if older is not None else [],
    )


def readable_history(records):
    """``HistoryEntry`` rows for historical records ordered newest first (a page of them).

    The oldest record of the page has no older one to compare with and lists no changes,
    as in simple-history's own list.
    """
    records = list(records)
    return [
        readable_entry(record, records[i + 1] if i + 1 < len(records) else None) for i, record in enumerate(records)
    ]
