from django import forms
from django.utils.translation import gettext_lazy as _

from ckm_portal.contact.models import ContactMessage
from ckm_portal.contact.spam import MIN_FILL_SECONDS, Check, form_token, read_token, use_token


def single_line(value):
    # Subject and name end up in mail headers: no line breaks, whatever is posted.
    return " ".join(value.split())


class ContactForm(forms.ModelForm):
    # The honeypot: hidden from people (and screen readers) by the template, filled in by bots.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    served = forms.CharField(widget=forms.HiddenInput)

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "organisation", "subject", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["served"].initial = form_token()
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix("website"), "").strip())

    def clean_name(self):
        return single_line(self.cleaned_data["name"])

    def clean_subject(self):
        return single_line(self.cleaned_data["subject"])

    def clean_served(self):
        served = read_token(self.cleaned_data["served"])
        if served is None:
            raise forms.ValidationError(_("This form has expired. Please send it again."), code="expired")
        if served.elapsed < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("The form was sent very quickly. Please check your message and send it again."), code="too_fast"
            )
        # Each served form is sent once: a replayed copy is refused, on whichever server it arrives.
        check = use_token(served)
        if check is Check.REFUSED:
            raise forms.ValidationError(
                _("This form has already been sent. Send the form below to send another message."), code="used"
            )
        if check is Check.UNAVAILABLE:
            raise forms.ValidationError(
                _("The message cannot be sent at the moment. Please try again in a few minutes."), code="unavailable"
            )
        return served.elapsed

    @classmethod
    def typed_again(cls, data):
        """An unbound form with what was typed and a fresh token: nothing is validated, no token used."""
        return cls(initial={name: data.get(name, "") for name in cls._meta.fields})

    def refresh_token(self):
        """Serve the form again with a fresh timestamp, keeping what was typed."""
        if self.is_bound:
            self.data = self.data.copy()
            self.data[self.add_prefix("served")] = form_token()
