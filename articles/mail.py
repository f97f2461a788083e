"""Mail about the review workflow: the chief editors hear of each article submitted for review.

As with the contact form (``ckm_portal.contact.mail``), mail goes out through the
``DJANGO_EMAIL_*`` settings to the recipients there are: here the active chief
editors with an e-mail address in their account. The article is saved already when
this runs (after commit), so a failure is logged and never undoes or breaks the save.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext, override

from articles.models import Article
from ckm_portal.editors.roles import CHIEF_EDITOR

logger = logging.getLogger(__name__)


def chief_editor_addresses(exclude=None):
    users = get_user_model().objects.filter(is_active=True, groups__name=CHIEF_EDITOR).exclude(email="")
    if exclude is not None and exclude.pk:
        # A chief editor who submits an article knows about it already.
        users = users.exclude(pk=exclude.pk)
    return sorted(set(users.values_list("email", flat=True)))


def mail_chief_editors(article_pk, submitter, site_url):
    """Send each chief editor one mail about the submitted article; return how many were sent."""
    article = Article.objects.filter(pk=article_pk).only("pk", "title").first()
    addresses = chief_editor_addresses(exclude=submitter)
    if article is None or not addresses:
        logger.info("Article %s submitted for review; no chief editor with an e-mail address to tell", article_pk)
        return 0
    link = site_url.rstrip("/") + reverse("admin:articles_article_change", args=[article.pk])
    # The editors read Dutch, as in the contact form's mail.
    with override(settings.LANGUAGE_CODE):
        context = {"article": article, "submitter": submitter.get_full_name() or submitter.get_username(), "link": link}
        subject = gettext("[CKM knowledge base] For review: %(title)s") % {"title": article.title}
        body = render_to_string("articles/mail/submitted.txt", context)
    # One message per chief editor, so no one sees the others' addresses.
    messages = [EmailMessage(subject=subject, body=body, to=[address]) for address in addresses]
    try:
        return get_connection().send_messages(messages) or 0
    except Exception:
        # Whatever the mail server or backend does, the submission stands.
        logger.exception("Article %s submitted for review; the mail to the chief editors failed", article_pk)
        return 0
