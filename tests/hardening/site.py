"""The portal's public pages, found as a visitor finds them and checked against the URL resolver.

``public_view_names()`` reads every public URL pattern from the resolver, so a page
added later is covered by the hardening tests without touching them; ``crawl()``
follows links from the home pages to find a real URL (with real slugs) for each.
"""

import contextlib
from urllib.parse import urljoin, urlsplit

from django.urls import NoReverseMatch, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import Resolver404

from bench.loadtest import LinkParser

PRIVATE_NAMESPACES = {"admin"}
NOT_FOR_GET = {"set_language"}  # POST only
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

    return set(walk(get_resolver().url_patterns, "")) - NOT_FOR_GET


def view_name_of(url):
    path = urlsplit(url).path
    if path.startswith(SKIPPED_PREFIXES):
        return None
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def links_in(html, base_url):
    parser = LinkParser()
    parser.feed(html)
    for href in parser.links:
        parts = urlsplit(urljoin("http://testserver" + base_url, href))
        if parts.netloc == "testserver" and parts.scheme in {"http", "https"}:
            yield parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(client, per_view=3, limit=400):
    """Map each public view name to up to ``per_view`` URLs reached from the home pages.

    Views without arguments are reversed directly (robots.txt, feeds and the like
    are linked from nowhere a parser sees), in both languages.
    """
    queue = ["/", "/en/"]
    for name in sorted(public_view_names()):
        with contextlib.suppress(NoReverseMatch):
            queue.append(reverse(name))
    pages, seen = {}, set()
    while queue and len(seen) < limit:
        url = queue.pop(0)
        name = view_name_of(url)
        if url in seen or name is None or len(pages.get(name, [])) >= per_view:
            continue
        seen.add(url)
        response = client.get(url)
        pages.setdefault(name, []).append(url)
        if response.status_code in {301, 302}:
            queue.extend(links_in(f'<a href="{response["Location"]}">', url))
        elif response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            queue.extend(links_in(response.content.decode(), url))
    return pages


def assert_every_public_view_reached(pages):
    missing = public_view_names() - set(pages)
    assert not missing, f"no URL found for these public views (link them, or give them content): {sorted(missing)}"
