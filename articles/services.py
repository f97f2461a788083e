"""The editorial workflow: every status change of an article goes through here.

The rule "only a chief editor publishes" lives in ``check_status_change``. The
admin's change form and history restore (``ArticleAdmin.save_model``), its bulk
actions and the import command all save through ``save_article`` or the
transition functions below, so no route skips it. Plain ``Article.save()`` in the
shell or in data migrations is trusted code and is not checked.

"Publishing" is any change that decides what the public sees: moving an article
into or out of "published" (which includes scheduling and unpublishing),
archiving it, or moving the publish moment of a published article.

The review workflow is recorded here too: a save that moves a draft into review
(the form or the bulk action) notes who submitted it and when and clears the note
of an earlier send-back; ``send_back_to_draft`` is the chief editor's way back,
with a note for the editor. Submissions made with a ``site_url`` (the admin's)
are mailed to the chief editors after commit (``articles.mail``); the import
passes none, so a bulk migration mails nobody.

Linked translations are kept symmetric here too: a save that changes an
article's ``translation`` (the admin's form, ``link_translation``,
``unlink_translation``) also writes the other side, and clears the links of the
partners either article had before. Those writes to other articles are no
publishing change, but a published or archived article is still the chief
editors' to change, so an editor cannot link to or away from one.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from articles import mail
from articles.models import Article, Status
from ckm_portal.editors.roles import can_publish

#: Statuses an editor without the publish permission may set.
EDITOR_STATUSES = (Status.DRAFT, Status.REVIEW)


class SystemUser:
    """The acting "user" of trusted batch jobs (an import run without ``--user``): may do anything."""

    is_active = True
    is_staff = True
    pk = None
    username = "system"

    def has_perm(self, perm: str, obj: object = None) -> bool:
        return True

    def __str__(self) -> str:
        return self.username


SYSTEM = SystemUser()

# The acting user: a Django user, or ``SYSTEM`` for trusted batch jobs.
Actor = Any
# An article's stored status and publish moment.
State = tuple[str, datetime.datetime | None]


def is_publishing_change(
    old_status: str,
    new_status: str,
    old_moment: datetime.datetime | None = None,
    new_moment: datetime.datetime | None = None,
) -> bool:
    """Does this change decide what the public sees?"""
    if old_status == new_status:
        return new_status == Status.PUBLISHED and old_moment != new_moment
    protected = {Status.PUBLISHED, Status.ARCHIVED}
    return old_status in protected or new_status in protected


def stored_state(article: Article) -> State:
    """The status and publish moment the article has in the database (a new one counts as a draft)."""
    if article.pk is None:
        return Status.DRAFT, None
    return Article.objects.filter(pk=article.pk).values_list("status", "published_at").first() or (Status.DRAFT, None)


def _stored_row(article: Article) -> tuple[State, int | None]:
    """``stored_state(article)`` and the stored translation's id, in one query."""
    if article.pk is None:
        return (Status.DRAFT, None), None
    row = Article.objects.filter(pk=article.pk).values_list("status", "published_at", "translation_id").first()
    if row is None:
        return (Status.DRAFT, None), None
    return (row[0], row[1]), row[2]


def check_status_change(article: Article, user: Actor, stored: State | None = None) -> None:
    """Raise PermissionDenied if ``user`` may not save ``article`` as it is now.

    Without the publish permission, a user may only save articles that were and stay
    drafts or in review: published and archived articles are for chief editors.
    ``stored`` is ``stored_state(article)`` when the caller has it already.
    """
    if can_publish(user):
        return
    old_status, old_moment = stored or stored_state(article)
    if old_status not in EDITOR_STATUSES or is_publishing_change(
        old_status, article.status, old_moment, article.published_at
    ):
        raise PermissionDenied(
            _("Only a chief editor can publish, unpublish, schedule or archive articles, or change published ones.")
        )


def save_article(article: Article, user: Actor, reason: str | None = None, *, site_url: str | None = None) -> Article:
    """Save an article on behalf of ``user``, enforcing the publication rule; ``reason`` goes into its history.

    A draft saved as "in review" is a submission: recorded, and mailed to the chief
    editors when ``site_url`` (the portal's address, for the link in the mail) is given.
    """
    stored, stored_translation = _stored_row(article)
    check_status_change(article, user, stored)
    translation_changed = article.translation_id != stored_translation
    if translation_changed:
        check_translation(article, article.translation, user, stored_id=stored_translation)
    submitted = prepare_save(article, user, stored, reason)
    if translation_changed:
        with transaction.atomic():
            _save_with_translation(article)
    else:
        article.save()
    if submitted and site_url and article.submitted_by is not None:
        pk, submitter = article.pk, article.submitted_by
        transaction.on_commit(lambda: mail.mail_chief_editors(pk, submitter, site_url))
    return article


def prepare_save(article: Article, user: Actor, stored: State, reason: str | None = None) -> bool:
    """Fill in what a save on behalf of ``user`` records, once ``check_status_change`` has passed.

    ``stored`` is the article's stored state. Returns whether the save is a submission for review.
    ``save_article`` calls it, and the import's batches (``articles.transfer``), which write many at once.
    """
    submitted = stored[0] == Status.DRAFT and article.status == Status.REVIEW
    if submitted:
        article.submitted_by = user if getattr(user, "pk", None) else None
        article.submitted_at = timezone.now()
        article.review_note, article.returned_by, article.returned_at = "", None, None
    if reason:
        article._change_reason = reason  # type: ignore[attr-defined]  # read by django-simple-history
    if article.status == Status.PUBLISHED and article.published_at is None:
        article.published_at = timezone.now()
    if article.created_by_id is None and getattr(user, "pk", None):
        article.created_by = user
    if getattr(user, "pk", None):
        article._history_user = user  # type: ignore[attr-defined]  # django-simple-history records who made the change
    return submitted


def _transition(
    article: Article,
    user: Actor,
    status: str,
    reason: str | None = None,
    site_url: str | None = None,
    **changes: Any,
) -> Article:
    with transaction.atomic():
        article.status = status
        for name, value in changes.items():
            setattr(article, name, value)
        return save_article(article, user, reason, site_url=site_url)


def publish_article(article: Article, user: Actor, when: datetime.datetime | None = None) -> Article:
    """Publish at ``when`` (a moment in the future schedules the article), else now.

    Without ``when``, a published article keeps its moment and a scheduled one stays
    scheduled; anything else goes public now.
    """
    if when is None:
        keeps_moment = article.published_at and (
            article.status == Status.PUBLISHED or article.published_at > timezone.now()
        )
        when = article.published_at if keeps_moment else timezone.now()
    return _transition(article, user, Status.PUBLISHED, published_at=when)


def unpublish_article(article: Article, user: Actor) -> Article:
    """Back to draft: off the public site, the publish moment kept for a later republication."""
    return _transition(article, user, Status.DRAFT)


def archive_article(article: Article, user: Actor) -> Article:
    return _transition(article, user, Status.ARCHIVED)


def submit_for_review(article: Article, user: Actor, *, site_url: str | None = None) -> Article:
    """An editor's draft goes to the chief editors; only drafts can be submitted."""
    if article.status != Status.DRAFT:
        raise PermissionDenied(_("Only drafts can be submitted for review."))
    return _transition(article, user, Status.REVIEW, site_url=site_url)


def can_send_back(article: Article) -> bool:
    """Articles in review, and scheduled ones (not public yet), can go back to their editor."""
    return article.status == Status.REVIEW or (
        article.status == Status.PUBLISHED and article.published_at is not None and not article.is_published
    )


def send_back_to_draft(article: Article, user: Actor, note: str) -> Article:
    """A chief editor returns an article to draft with a note; the editor sees it until the next submit."""
    if not can_publish(user):
        raise PermissionDenied(_("Only a chief editor can send an article back to draft."))
    if not can_send_back(article):
        raise PermissionDenied(_("Only articles in review or scheduled can be sent back to draft."))
    note = note.strip()
    if not note:
        raise ValidationError(_("Write a note for the editor: what should change?"), code="required")
    # The history keeps the note as the reason of the change (its column holds 100 characters).
    reason = Truncator(_("Sent back to draft: %(note)s") % {"note": note}).chars(100)
    return _transition(
        article,
        user,
        Status.DRAFT,
        reason,
        review_note=note,
        returned_by=user if getattr(user, "pk", None) else None,
        returned_at=timezone.now(),
    )


# Linked translations


def check_translation(
    article: Article, other: Article | None, user: Actor, *, stored_id: int | None, language: str | None = None
) -> None:
    """May ``user`` make ``other`` (None: no translation) the translation of ``article``?

    Raises ValidationError when ``other`` is ``article`` itself or in the same language
    (``language``, when given, is the one the article is about to get), and PermissionDenied
    when the change writes to a published or archived article and ``user`` cannot publish.
    ``stored_id`` is the translation the article has in the database now.
    """
    language = language or article.language
    if other is not None:
        if article.pk is not None and other.pk == article.pk:
            raise ValidationError(_("An article cannot be its own translation."), code="own_translation")
        if other.language == language:
            raise ValidationError(
                _("“%(title)s” is in the same language as this article: choose an article in the other language.")
                % {"title": other.title},
                code="same_language",
            )
    other_id = other.pk if other is not None else None
    if other_id == stored_id or can_publish(user):
        return
    # The articles whose link this change writes: the old partner, the new one and the new one's old partner.
    touched = Q(pk__in=[pk for pk in (stored_id, other_id) if pk is not None])
    if other_id is not None:
        touched |= Q(translation_id=other_id)
    protected = (
        Article.objects.filter(touched)
        .exclude(pk=article.pk)
        .exclude(status__in=EDITOR_STATUSES)
        .values_list("title", flat=True)
    )
    titles = ", ".join(f"“{title}”" for title in protected)
    if titles:
        raise PermissionDenied(
            _("Only a chief editor can link or unlink a published or archived article: %(titles)s.")
            % {"titles": titles}
        )


def _save_with_translation(article: Article) -> None:
    """Save ``article`` and make its translation link symmetric; run inside a transaction.

    The link is one-to-one on both sides, so every other link to either article is
    cleared before the article's own row is written.
    """
    pointing = Q(translation_id=article.translation_id) if article.translation_id else Q()
    if article.pk is not None:
        pointing |= Q(translation_id=article.pk)
    if pointing:
        # Queryset updates: the partner's link is not an edit of its text, so it gets no history entry.
        Article.objects.filter(pointing).exclude(pk=article.pk).update(translation=None)
    article.save()
    if article.translation_id:
        Article.objects.filter(pk=article.translation_id).update(translation=article)


def link_translation(article: Article, other: Article, user: Actor = SYSTEM) -> Article:
    """Make ``other`` the translation of ``article``, and ``article`` that of ``other``."""
    article.translation = other
    save_article(article, user)
    other.translation = article
    return article


def unlink_translation(article: Article, user: Actor = SYSTEM) -> Article:
    """Remove the translation link of ``article`` on both sides."""
    article.translation = None
    return save_article(article, user)
