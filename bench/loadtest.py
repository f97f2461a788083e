"""Load test: mixed browsing and searching against gunicorn on 127.0.0.1, bounded in time.

    .venv/bin/python bench/loadtest.py                                 # 60 s, 50 connections
    .venv/bin/python bench/loadtest.py --duration 10 --connections 20
    .venv/bin/python bench/loadtest.py --base-url http://127.0.0.1:8000  # a server already running

Without --base-url it serves the portal as production does (gunicorn, DEBUG off,
collected static files, 3 workers) on a free port of 127.0.0.1, against
DATABASE_URL or else the private cluster; load the demo content first
(`manage.py load_demo`). It finds pages by following links from the home pages,
adds searches for common terms, and lets wrk (Debian's package; installed when
missing and run as root) rotate through them: two page views to one search.

It prints requests, 4xx and 5xx answers, socket errors and latency percentiles,
and exits 1 when there was any 5xx or socket error.
"""

import argparse
import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.servers import serve  # noqa: E402

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
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (http on 127.0.0.1 only)
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


@contextlib.contextmanager
def production_server(workers, folder):
    """gunicorn as in production, on a free port; its log goes to a file in ``folder``."""
    env = {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_STATIC_ROOT": str(folder / "static"),
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    python = sys.executable
    collect = [python, "manage.py", "collectstatic", "--noinput", "-v0"]
    subprocess.run(collect, cwd=ROOT, env=dict(os.environ, **env), check=True)
    with open(folder / "gunicorn.log", "w+") as log, serve(env, workers, log) as base_url:
        yield base_url


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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds (default 60)")
    parser.add_argument("--connections", type=int, default=50, help="concurrent connections (default 50)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers when we start it (default 3)")
    parser.add_argument("--base-url", help="load this server instead of starting gunicorn")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object only")
    args = parser.parse_args(argv)
    ensure_wrk()
    with tempfile.TemporaryDirectory(prefix="ckm-loadtest-") as tmp:
        folder = Path(tmp)
        with contextlib.ExitStack() as stack:
            base_url = args.base_url or stack.enter_context(production_server(args.workers, folder))
            figures = load_test(base_url.rstrip("/"), args.duration, args.connections, folder)
    if args.json:
        print(json.dumps(figures))
    else:
        latency = figures["latency_ms"]
        print(
            f"{figures['requests']} requests in {figures['duration_s']:.0f} s over {args.connections} connections "
            f"({figures['requests_per_s']}/s; {figures['pages']} pages, searches at {figures['search_paths']})\n"
            f"5xx: {figures['status_5xx']}  4xx: {figures['status_4xx']}  "
            f"socket errors: {figures['socket_errors_total']} {figures['socket_errors']}\n"
            f"latency ms: p50 {latency['p50']}  p90 {latency['p90']}  p99 {latency['p99']}  max {latency['max']}"
        )
    return 1 if figures["status_5xx"] or figures["socket_errors_total"] else 0


if __name__ == "__main__":
    sys.exit(main())
