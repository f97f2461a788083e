"""The fields admin forms post, for tests that save through the admin (in process or over HTTP)."""

from html.parser import HTMLParser

from django.urls import reverse

# Inputs a browser leaves out of what it posts.
UNPOSTED_INPUTS = {"submit", "button", "file", "image", "reset"}


class _FormFields(HTMLParser):
    """The pairs a browser would post from one POST form of a page, in their order."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.fields = form_id, []
        self.in_form = self.done = False
        self.select = self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self.done and (attrs.get("method") or "").lower() == "post":
            self.in_form = self.form_id is None or attrs.get("id") == self.form_id
        if not self.in_form:
            return
        name = attrs.get("name")
        kind = (attrs.get("type") or "text").lower()
        if tag == "input" and name and kind not in UNPOSTED_INPUTS:
            if kind not in {"checkbox", "radio"} or "checked" in attrs:
                self.fields.append([name, attrs.get("value") or ("on" if kind == "checkbox" else "")])
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append([self.select, attrs.get("value", "")])
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
            self.fields.append(self.textarea)

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            # A browser drops the one newline that follows <textarea>.
            self.textarea[1] = self.textarea[1].removeprefix("\n")
            self.textarea = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, True


def form_fields(html, form_id=None):
    """What a browser posts from the form ``form_id`` (or the page's first POST form): (name, value) pairs."""
    parser = _FormFields(form_id)
    parser.feed(html)
    return [(name, value) for name, value in parser.fields]


def article_form_data(article, **changes):
    data = {
        "title": article.title,
        "slug": article.slug,
        "article_type": article.article_type,
        "language": article.language,
        "summary": article.summary,
        "body": article.body,
        "topics": "",
        "status": article.status,
        "source_name": "",
        "source_url": "",
        "authors": "",
        "court": "",
        "ecli": "",
        "publisher": "",
        "doi": "",
        "isbn": "",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def autocomplete_texts(client, field, term, **extra):
    """The texts the admin's autocomplete offers for ``term`` in ``field``, named "app_label.model_name.field_name"."""
    app_label, model_name, field_name = field.split(".")
    params = {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": term, **extra}
    response = client.get(reverse("admin:autocomplete"), params)
    assert response.status_code == 200
    return [result["text"] for result in response.json()["results"]]
