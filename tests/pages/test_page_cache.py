"""The browse pages are kept a short while for visitors without cookies, and never for anyone else."""

import pytest
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.test import RequestFactory

from articles.models import Status
from ckm_portal.core.page_cache import cached_for_visitors
from tests.factories import make_partner, make_project, make_published_article

pytestmark = pytest.mark.django_db


def titles(response):
    return [article.title for article in response.context["page_obj"]] if response.context else None


def test_a_visitor_without_cookies_gets_the_kept_page_until_it_expires(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 60
    make_published_article("Eerste")
    first = client.get("/artikelen/")
    assert "Eerste" in first.text
    make_published_article("Tweede", days_ago=0)

    with django_assert_num_queries(0):
        kept = client.get("/artikelen/")
    assert kept.content == first.content and "Tweede" not in kept.text
    # What wraps the view still runs: the kept page has the security headers of a fresh one.
    assert kept.headers["Content-Security-Policy"] == first.headers["Content-Security-Policy"]

    settings.PAGE_CACHE_SECONDS = 0  # switched off: always fresh
    assert "Tweede" in client.get("/artikelen/").text


def test_anyone_with_a_cookie_gets_a_fresh_page(client, settings, admin_user):
    settings.PAGE_CACHE_SECONDS = 60
    make_published_article("Eerste")
    client.get("/artikelen/")
    make_published_article("Tweede", days_ago=0)

    client.cookies["csrftoken"] = "a" * 32
    assert "Tweede" in client.get("/artikelen/").text
    client.cookies.clear()
    client.force_login(admin_user)  # an editor sees what was just published
    assert "Tweede" in client.get("/artikelen/").text


def test_each_language_and_query_is_kept_apart(client, settings, voodoo):
    settings.PAGE_CACHE_SECONDS = 60
    make_published_article("Eerste", topics=[voodoo])
    make_published_article("Tweede")
    assert client.get("/artikelen/").headers["Content-Language"] == "nl"
    english = client.get("/en/artikelen/")
    assert english.headers["Content-Language"] == "en" and 'lang="en"' in english.text
    assert titles(client.get("/artikelen/?topic=voodoo")) == ["Eerste"]
    assert "Tweede" in client.get("/artikelen/").text


def test_only_plain_successful_responses_are_kept(settings):
    settings.PAGE_CACHE_SECONDS = 60
    answers = iter([HttpResponse(status=404), HttpResponse("eerste"), HttpResponse("tweede")])

    @cached_for_visitors
    def view(request):
        response = next(answers)
        if request.GET.get("cookie"):
            response.set_cookie("gezien", "1")
        return response

    factory = RequestFactory()
    assert view(factory.get("/pagina/")).status_code == 404  # not kept
    assert view(factory.get("/pagina/")).content == b"eerste"
    assert view(factory.get("/pagina/")).content == b"eerste"
    assert view(factory.post("/pagina/")).content == b"tweede"  # never for a POST
    answers = iter([HttpResponse("met koekje"), HttpResponse("opnieuw")])
    assert view(factory.get("/pagina/?cookie=1")).content == b"met koekje"
    assert view(factory.get("/pagina/?cookie=1")).content == b"opnieuw"  # it set a cookie: not kept


BROWSE_PAGES = [
    "/", "/en/", "/over-het-ckm/", "/onderwerpen/", "/onderwerpen/voodoo/", "/landen/", "/landen/nigeria/",
    "/expertise/", "/agenda/", "/agenda/afgelopen/", "/partners/", "/partners/?topic=voodoo",
    "/partners/fier/", "/projecten/", "/projecten/veilig-thuis/",
]  # fmt: skip


@pytest.fixture
def browse_content(voodoo, nigeria):
    make_published_article("Eerste", topics=[voodoo, nigeria])
    make_partner("Fier", slug="fier", topics=[voodoo])
    make_project("Veilig thuis", slug="veilig-thuis", topics=[voodoo])


@pytest.mark.parametrize("path", BROWSE_PAGES)
@pytest.mark.usefixtures("browse_content")
def test_every_browse_page_is_kept_for_visitors(path, client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 60
    first = client.get(path)
    assert first.status_code == 200

    with django_assert_num_queries(0):
        kept = client.get(path)
    assert kept.content == first.content
    client.cookies["csrftoken"] = "a" * 32
    assert client.get(path).context is not None  # rendered again


@pytest.mark.parametrize("path", ["/zoeken/?q=voodoo", "/partners/?q=voodoo", "/projecten/?q=voodoo"])
def test_a_page_with_a_search_term_is_never_kept(path, client, settings, voodoo):
    settings.PAGE_CACHE_SECONDS = 60
    make_partner("Eerste voodoo-partner", topics=[voodoo])
    make_project("Eerste voodoo-project", topics=[voodoo])
    make_published_article("Eerste voodoo-eed", topics=[voodoo])
    client.get(path)
    make_partner("Tweede voodoo-partner", topics=[voodoo])
    make_project("Tweede voodoo-project", topics=[voodoo])
    make_published_article("Tweede voodoo-eed", days_ago=0, topics=[voodoo])

    assert "Tweede" in client.get(path).text
    assert not [key for key in caches["pages"]._cache if "page:" in key]


def test_an_article_page_is_kept_until_the_article_changes(client, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 60
    article = make_published_article("Eerste uitspraak")
    first = client.get(article.get_absolute_url())
    with django_assert_num_queries(1):  # is it still public, and unchanged?
        assert client.get(article.get_absolute_url()).content == first.content

    article.title = "Herziene uitspraak"
    article.save()
    assert "Herziene uitspraak" in client.get(article.get_absolute_url()).text  # an edit shows at once
    article.status = Status.DRAFT
    article.save()
    assert client.get(article.get_absolute_url()).status_code == 404  # taken offline: gone at once


@pytest.mark.slow
def test_kept_pages_never_push_out_the_default_cache(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.set("contact:rate:someone", 3, 3600)  # as the contact form's rate limit counts
    for page in range(1, 400):  # more distinct URLs than the pages cache holds
        client.get("/artikelen/", {"page": page})
    assert cache.get("contact:rate:someone") == 3
