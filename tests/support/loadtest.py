"""The load test's engine, shared by bench/loadtest.py and tests/hardening/test_load.py.

It finds pages by following links from the home pages, adds searches for common terms,
and lets wrk (Debian's package) rotate through them with loadtest.lua: two page views to one search.
"""

import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

LUA_SCRIPT = Path(__file__).with_name("loadtest.lua")
SEARCH_TERMS = [
    "mensenhandel", "voodoo", "loverboy", "Nigeria", "gedwongen huwelijk", "arbeidsuitbuiting",
    "prostitutie", "trauma", "terugkeer", "human trafficking", "FGM", "China", "minderjarigen",
    "uitbuiting in de zorg", "Guinee",
]  # fmt: skip
NOT_CRAWLED = ("/static/", "/media/", "/admin/", "/i18n/")


class LinkParser(HTMLParser):
    """Links of a page (a, link, GET form actions) and its forms with their field names."""

    def __init__(self):
        super().__init__()
        self.links, self.forms, self._in_form = [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"a", "link"} and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            method = (attrs.get("method") or "get").lower()
            self.forms.append({"method": method, "action": attrs.get("action") or "", "fields": []})
            self._in_form = True
            if method == "get":
                self.links.append(self.forms[-1]["action"])
        elif tag in {"input", "select", "textarea", "button"} and self._in_form and attrs.get("name"):
            self.forms[-1]["fields"].append(attrs["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False

    @property
    def search_forms(self):
        """Actions of the GET forms with a ``q`` field."""
        return [form["action"] for form in self.forms if form["method"] == "get" and "q" in form["fields"]]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, "", ""


def site_urls(base_url, limit=150):
    """Page paths reached by links from the home pages (answering 200), and the search form's path."""
    queue, seen, pages, search = ["/", "/en/"], set(), [], set()
    while queue and len(pages) < limit:
        path = queue.pop(0)
        if path in seen or path.startswith(NOT_CRAWLED):
            continue
        seen.add(path)
        status, content_type, body = fetch(base_url + path)
        if status != 200:
            continue
        pages.append(path)
        if content_type == "text/html":
            parser = LinkParser()
            parser.feed(body)
            search.update(urlsplit(urljoin(base_url + path, action)).path for action in parser.search_forms)
            for href in parser.links:
                parts = urlsplit(urljoin(base_url + path, href))
                if f"{parts.scheme}://{parts.netloc}" == base_url:
                    queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return pages, sorted(search)


def url_mix(pages, search_paths):
    """Two page views to one search, spread evenly."""
    searches = [f"{path}?q={quote(term)}" for path in search_paths for term in SEARCH_TERMS]
    mix = []
    for i, page in enumerate(pages * max(1, len(searches) // max(1, len(pages)))):
        mix.append(page)
        if searches and i % 2:
            mix.append(searches[(i // 2) % len(searches)])
    return mix


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        sys.exit("wrk is missing: sudo apt-get install wrk")
    print("Installing Debian's wrk package...", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, env=env, stdout=subprocess.DEVNULL)


def run_wrk(base_url, urls, duration, connections, folder):
    url_file = folder / "urls.txt"
    url_file.write_text("\n".join(urls) + "\n")
    command = [
        "wrk", f"--threads={min(2, connections)}", f"--connections={connections}", f"--duration={duration}s",
        "--timeout=10s", f"--script={LUA_SCRIPT}", base_url,
    ]  # fmt: skip
    result = subprocess.run(
        command, env=dict(os.environ, LOADTEST_URLS=str(url_file)), capture_output=True, text=True, check=True
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADTEST "))
    return json.loads(line.removeprefix("LOADTEST "))


def load_test(base_url, duration, connections, folder):
    pages, search_paths = site_urls(base_url)
    if not pages:
        sys.exit(f"No pages found at {base_url}")
    figures = run_wrk(base_url, url_mix(pages, search_paths), duration, connections, folder)
    figures.update(connections=connections, pages=len(pages), search_paths=search_paths)
    figures["requests_per_s"] = round(figures["requests"] / figures["duration_s"], 1)
    figures["socket_errors_total"] = sum(figures["socket_errors"].values())
    return figures
