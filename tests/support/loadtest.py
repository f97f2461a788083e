"""The load test's engine, shared by bench/loadtest.py and tests/hardening/test_load.py.

It finds pages by following links from the home pages, adds searches for common terms, and lets
one thread per connection rotate through them (``drive``): two page views to one search. Each
request is timed on its own, so the figures hold a latency per page type (home, list, detail, topic,
search, other) and the browse pages' p95 (every type but search), which wrk cannot split.
``run_wrk`` (wrk and loadtest.lua) drives the same mix for the cluster test.
"""

import http.client
import json
import math
import os
import re
import shutil
import subprocess
import sys
import threading
import time
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
# Issue 13: browse pages (every type but search) keep p95 at or under this while searches run.
BROWSE_P95_TARGET_MS = 300
# As wrk's --timeout: a request unanswered this long counts as a socket error (timeout).
TIMEOUT_SECONDS = 10
PAGE_TYPES = (
    ("home", re.compile(r"/")),
    ("list", re.compile(r"/artikelen/")),
    ("detail", re.compile(r"/artikelen/[^/]+/")),
    ("topic", re.compile(r"/(onderwerpen|landen)/[^/]+/")),
)


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


def page_type(url, search_paths):
    path = urlsplit(url).path
    if path in search_paths:
        return "search"
    path = path[len("/en") :] if path.startswith("/en/") else path
    return next((name for name, pattern in PAGE_TYPES if pattern.fullmatch(path)), "other")


def percentiles(times):
    """Nearest-rank percentiles of a list of milliseconds."""
    ranked = sorted(times)

    def nearest(share):
        return round(ranked[max(0, math.ceil(share * len(ranked)) - 1)], 1) if ranked else None

    return {
        "p50": nearest(0.5), "p90": nearest(0.9), "p95": nearest(0.95), "p99": nearest(0.99),
        "max": nearest(1.0), "mean": round(sum(ranked) / len(ranked), 1) if ranked else None,
    }  # fmt: skip


def drive(base_url, urls, duration, connections):
    """Keep ``connections`` keep-alive connections busy with ``urls`` for ``duration`` seconds; time each request.

    Returns (seconds taken, [(url, status, ms)], socket errors by kind).
    """
    parts = urlsplit(base_url)
    deadline = time.monotonic() + duration
    samples, errors, lock = [], dict.fromkeys(("connect", "read", "write", "timeout"), 0), threading.Lock()

    def connection_loop(number):
        index, connection = (number * 7919) % len(urls), None
        while time.monotonic() < deadline:
            index = (index + 1) % len(urls)
            connection = connection or http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT_SECONDS)
            start = time.perf_counter()
            try:
                connection.request("GET", urls[index])
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as error:
                kind = "timeout" if isinstance(error, TimeoutError) else "read"
                kind = "connect" if isinstance(error, ConnectionRefusedError) else kind
                kind = "write" if isinstance(error, BrokenPipeError) else kind
                with lock:
                    errors[kind] += 1
                connection.close()
                connection = None
                continue
            sample = (urls[index], response.status, (time.perf_counter() - start) * 1000)
            with lock:
                samples.append(sample)
            if response.will_close:
                connection.close()
                connection = None
        if connection:
            connection.close()

    started = time.monotonic()
    threads = [threading.Thread(target=connection_loop, args=(n,), daemon=True) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started, samples, errors


def load_test(base_url, duration, connections, warmup=0):
    """Figures of a mixed run: totals as wrk gives them, ``by_type`` (latency per page type) and ``browse``.

    With ``warmup`` (seconds), the same mix runs that long first, uncounted: the figures are then of a server
    whose caches and connections are warm, not of its first seconds.
    """
    pages, search_paths = site_urls(base_url)
    if not pages:
        sys.exit(f"No pages found at {base_url}")
    mix = url_mix(pages, search_paths)
    if warmup > 0:
        drive(base_url, mix, warmup, connections)
    seconds, samples, errors = drive(base_url, mix, duration, connections)
    by_type = {}
    for url, status, ms in samples:
        by_type.setdefault(page_type(url, search_paths), []).append((status, ms))
    browse = [ms for name, rows in by_type.items() if name != "search" for _status, ms in rows]
    figures = {
        "requests": len(samples),
        "duration_s": round(seconds, 2),
        "status_4xx": sum(400 <= status < 500 for _url, status, _ms in samples),
        "status_5xx": sum(status >= 500 for _url, status, _ms in samples),
        "socket_errors": errors,
        "latency_ms": percentiles([ms for _url, _status, ms in samples]),
        "by_type": {
            name: {"requests": len(rows), "status_5xx": sum(status >= 500 for status, _ms in rows)}
            | percentiles([ms for _status, ms in rows])
            for name, rows in sorted(by_type.items())
        },
        "browse": {"requests": len(browse), "target_p95_ms": BROWSE_P95_TARGET_MS} | percentiles(browse),
    }
    figures.update(connections=connections, pages=len(pages), search_paths=search_paths, warmup_s=warmup)
    figures["requests_per_s"] = round(figures["requests"] / seconds, 1)
    figures["socket_errors_total"] = sum(errors.values())
    figures["browse"]["met"] = bool(browse) and figures["browse"]["p95"] <= BROWSE_P95_TARGET_MS
    return figures
