import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.translation import override

logger = logging.getLogger(__name__)


def mail_editors(contact_message):
    """Send the message to the editors; it is stored already, so a mail failure is logged, not raised."""
    if not settings.CONTACT_RECIPIENTS:
        logger.warning("Contact message %s not mailed: DJANGO_CONTACT_RECIPIENTS is empty", contact_message.pk)
        return False
    # The editors read Dutch, whatever language the sender used.
    with override(settings.LANGUAGE_CODE):
        body = render_to_string("contact/mail.txt", {"contact_message": contact_message})
    email = EmailMessage(
        subject=f"[CKM kennisbank] {contact_message.subject}",
        body=body,
        to=settings.CONTACT_RECIPIENTS,
        reply_to=[contact_message.email],
    )
    try:
        email.send()
    except OSError:  # smtplib's errors are OSErrors too
        logger.exception("Contact message %s could not be mailed", contact_message.pk)
        return False
    contact_message.mailed = True
    contact_message.save(update_fields=["mailed"])
    return True
