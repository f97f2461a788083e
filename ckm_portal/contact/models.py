from django.db import models
from django.utils.translation import gettext_lazy as _

from ckm_portal.core.editorial import Language


class ContactMessage(models.Model):
    """A message sent through the contact form. No IP address is stored, not even hashed."""

    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices, default=Language.DUTCH)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    mailed = models.BooleanField(_("mailed to the editors"), default=False)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.subject} ({self.name})"
