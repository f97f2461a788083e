from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from ckm_portal.contact.forms import ContactForm
from ckm_portal.contact.mail import mail_editors
from ckm_portal.contact.spam import Check, count_submission


@require_http_methods(["GET", "POST"])
def contact(request):
    if request.method != "POST":
        return render(request, "contact/contact.html", {"form": ContactForm()})
    form = ContactForm(request.POST)
    check, retry_after = count_submission(request)
    if check is not Check.OK:
        # Over the limit, or the shared cache cannot count (fail closed): refused either way.
        context = {
            "form": ContactForm.typed_again(request.POST),
            "rate_limited": check is Check.REFUSED,
            "unavailable": check is Check.UNAVAILABLE,
        }
        response = render(request, "contact/contact.html", context, status=429)
        response["Retry-After"] = str(retry_after)
        return response
    if form.is_spam:
        # Let the bot believe it worked; nothing is stored or sent.
        return redirect("contact:thanks")
    if form.is_valid():
        contact_message = form.save(commit=False)
        contact_message.language = get_language()[:2]
        contact_message.save()
        mail_editors(contact_message)
        return redirect("contact:thanks")
    form.refresh_token()
    return render(request, "contact/contact.html", {"form": form}, status=400)


def thanks(request):
    return render(request, "contact/thanks.html")
