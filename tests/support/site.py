"""The portal's public pages, found as a visitor finds them and checked against the URL resolver.

``public_view_names()`` reads every public URL pattern from the resolver, so a page
added later is covered by the hardening tests without touching them; ``crawl()``
follows links from the home pages to find a real URL (with real slugs) for each.
"""

import contextlib
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urljoin, urlsplit

from django.urls import NoReverseMatch, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import Resolver404

from tests.support.loadtest import LinkParser

PRIVATE_NAMESPACES = {"admin"}
NOT_FOR_GET = {"set_language"}  # POST only
STAFF_ONLY = {"articles:preview"}  # drafts, for logged-in editors
SKIPPED_PREFIXES = ("/static/", "/media/", "/admin/")


def public_view_names():
    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace in PRIVATE_NAMESPACES:
                    continue
                inner = ":".join(filter(None, [namespace, pattern.namespace]))
                yield from walk(pattern.url_patterns, inner)
            elif pattern.name:
                yield ":".join(filter(None, [namespace, pattern.name]))

    return set(walk(get_resolver().url_patterns, "")) - NOT_FOR_GET - STAFF_ONLY


def view_name_of(url):
    path = urlsplit(url).path
    if path.startswith(SKIPPED_PREFIXES):
        return None
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def same_site(href, base_url):
    parts = urlsplit(urljoin("http://testserver" + base_url, href))
    if parts.netloc == "testserver" and parts.scheme in {"http", "https"}:
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return None


@dataclass
class Site:
    """What a crawl found: URLs by view name, GET parameter names by view name, and POST forms."""

    pages: dict = field(default_factory=dict)
    parameters: dict = field(default_factory=lambda: defaultdict(set))
    post_forms: dict = field(default_factory=dict)  # action URL: field names

    def urls(self):
        return [url for urls in self.pages.values() for url in urls]

    def note_parameters(self, url, names=()):
        name = view_name_of(url)
        if name:
            self.parameters[name].update(names, (key for key, _value in parse_qsl(urlsplit(url).query)))


def crawl(client, per_view=3, limit=400):
    """Find up to ``per_view`` URLs for each public view by following links from the home pages.

    Views without arguments are reversed directly (robots.txt, feeds and the like
    are linked from nowhere a parser sees), in both languages.
    """
    queue = ["/", "/en/"]
    for name in sorted(public_view_names()):
        with contextlib.suppress(NoReverseMatch):
            queue.append(reverse(name))
    site, seen = Site(), set()
    while queue and len(seen) < limit:
        url = queue.pop(0)
        name = view_name_of(url)
        site.note_parameters(url)
        if url in seen or name is None or len(site.pages.get(name, [])) >= per_view:
            continue
        seen.add(url)
        response = client.get(url)
        site.pages.setdefault(name, []).append(url)
        if response.status_code in {301, 302}:
            queue.extend(filter(None, [same_site(response["Location"], url)]))
        elif response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            parser = LinkParser()
            parser.feed(response.content.decode())
            queue.extend(filter(None, (same_site(href, url) for href in parser.links)))
            for form in parser.forms:
                action = same_site(form["action"], url)
                if action is None:
                    continue
                if form["method"] == "get":
                    site.note_parameters(action, form["fields"])
                else:
                    site.post_forms[action] = form["fields"]
    return site


def assert_every_public_view_reached(site):
    missing = public_view_names() - set(site.pages)
    assert not missing, f"no URL found for these public views (link them, or give them content): {sorted(missing)}"
