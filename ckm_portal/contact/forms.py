from django import forms
from django.utils.translation import gettext_lazy as _

from ckm_portal.contact.models import ContactMessage
from ckm_portal.contact.spam import MIN_FILL_SECONDS, form_token, seconds_since_served


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
        elapsed = seconds_since_served(self.cleaned_data["served"])
        if elapsed is None:
            raise forms.ValidationError(_("This form has expired. Please send it again."), code="expired")
        if elapsed < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("The form was sent very quickly. Please check your message and send it again."), code="too_fast"
            )
        return elapsed

    def refresh_token(self):
        """Serve the form again with a fresh timestamp, keeping what was typed."""
        if self.is_bound:
            self.data = self.data.copy()
            self.data[self.add_prefix("served")] = form_token()
