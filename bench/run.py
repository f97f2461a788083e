"""Benchmark the portal as production runs it: gunicorn, DEBUG off, whitenoise, real HTTP.

    .venv/bin/python bench/make_corpus.py --articles 100000
    .venv/bin/python bench/run.py [--duration 10] [--connections 4] [--workers 3]

For every scenario wrk drives one URL over 127.0.0.1 twice: with one
connection for the latency percentiles (a request's own time, no queue), then
with ``--connections`` for the throughput and the latency under that load (on
two cores, four connections mostly measure each other's queue). The SQL queries
per request are counted in-process with Django's test client. Two floors run in
the same session: a trivial Django view through the same stack, and a static
file served by whitenoise. Each
scenario is also given as a ratio to the trivial view, so figures from a busy
or a quiet machine can be compared. Results go to bench/results/latest.json.
"""

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-" + "k" * 40)
# Every search measured is run, here and in the servers started (side_by_side.py too), not read from the kept
# searches (docs/decisions/0018-common-search-cache.md); bench/loadtest.py keeps them, as production does.
os.environ["DJANGO_SEARCH_CACHE_SECONDS"] = "0"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from articles.models import Article  # noqa: E402
from tests.support.loadtest import ensure_wrk  # noqa: E402
from tests.support.servers import database_url_of, serve  # noqa: E402

RESULTS = ROOT / "bench" / "results"
REPORT_LUA = ROOT / "bench" / "report.lua"


COOKIE = "Cookie: bench=1"


def scenarios():
    """Name → path, or (path, header). Slugs and terms come from the corpus itself."""
    articles = Article.objects.published()
    count = articles.count()
    middle = articles.order_by("pk")[count // 2]
    rare_term = rare_word()
    return {
        "floor: trivial view": "/bench/floor/",
        "floor: static file": static_path("css/site.css"),
        # Visitors without cookies share pages kept for a minute (ckm_portal.core.page_cache); with a
        # cookie (an editor, say) every request renders. wrk's connections never store cookies, so the
        # pages below send one to measure a render, as every figure before the browse pages were kept did.
        "home": ("/", COOKIE),
        "article list p1": "/artikelen/",
        "article list p1, rendered": ("/artikelen/", COOKIE),
        "article list p500": "/artikelen/?page=500",
        "article list p500, rendered": ("/artikelen/?page=500", COOKIE),
        "article detail": (f"/artikelen/{middle.slug}/", COOKIE),
        "topic page (voodoo)": ("/onderwerpen/voodoo/", COOKIE),
        "country page (nigeria)": ("/landen/nigeria/", COOKIE),
        "partners by tag": ("/partners/?topic=voodoo", COOKIE),
        f"search rare ({rare_term})": f"/zoeken/?q={rare_term}",
        "search common (mensenhandel)": "/zoeken/?q=mensenhandel",
        "search two filters": "/zoeken/?q=uitbuiting&type=case_law&country=nigeria",
        "api": "/api/v1/articles/?topic=voodoo&country=ng",
    }


def rare_word():
    """A word of a few dozen to a few hundred articles (well under 1%): rare, but not absent.

    Counted over the stored search vectors, as search sees them (titles alone
    hold no word in that range in a generated corpus).
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM ts_stat($$SELECT search_vector FROM articles_article$$) "
            "WHERE ndoc BETWEEN 20 AND 500 AND word ~ '^[a-z]{6,}$' "
            # A lexeme both stemmers leave as it is, so the query matches exactly those articles.
            "AND plainto_tsquery('ckm_nl', word)::text = quote_literal(word) "
            "AND plainto_tsquery('ckm_en', word)::text = quote_literal(word) ORDER BY ndoc, word LIMIT 1"
        )
        row = cursor.fetchone()
    return row[0] if row else "orgaanhandel"


def static_path(name):
    from django.templatetags.static import static  # noqa: PLC0415

    return static(name)


def server_env(static_root):
    return {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "0",
        "DATABASE_URL": database_url_of(connection.settings_dict),
        "DJANGO_STATIC_ROOT": str(static_root),
        "DJANGO_LOG_LEVEL": "WARNING",
    }


# p95 targets of issue 6 in ms, by scenario name prefix; the list page's throughput has a ratio target.
LATENCY_TARGETS_MS = {
    "home": 50,
    "article list": 50,
    "article detail": 50,
    "topic page": 50,
    "country page": 50,
    "partners by tag": 50,
    "search rare": 60,
    "search": 150,
    "api": 50,
}
FLOOR_RATIO_TARGETS = {"article list p1": 0.4}
MAX_WORKER_RSS_MB = 150


def latency_target(name):
    return next((ms for prefix, ms in LATENCY_TARGETS_MS.items() if name.startswith(prefix)), None)


def run_wrk(base, path, duration, connections, header=None):
    result = subprocess.run(
        ["wrk", "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s",
         "-s", str(REPORT_LUA), *(["-H", header] if header else []), base + path],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    report = json.loads(result.stdout.strip().splitlines()[-1])
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    report["non_2xx"] = int(non_2xx.group(1)) if non_2xx else 0
    return report


def queries_per_request(path, header=None):
    """SQL queries of one render (the in-process cache is empty, or bypassed by the cookie)."""
    client = Client(HTTP_HOST="127.0.0.1", **({"HTTP_COOKIE": header.split(": ", 1)[1]} if header else {}))
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    if response.status_code != 200:
        sys.exit(f"{path} answered {response.status_code} in-process")
    return len(captured)


def worker_rss_mb(master):
    children = subprocess.run(
        ["ps", "--ppid", str(master.pid), "-o", "rss="], capture_output=True, text=True, check=True
    )
    return [int(line) / 1024 for line in children.stdout.split()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds per scenario")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json")
    options = parser.parse_args()

    ensure_wrk()
    static_root = Path(tempfile.mkdtemp(prefix="ckm-bench-static-"))
    os.environ["DJANGO_STATIC_ROOT"] = str(static_root)
    from django.conf import settings  # noqa: PLC0415

    settings.STATIC_ROOT = static_root
    call_command("collectstatic", interactive=False, verbosity=0)
    plan = scenarios()
    results = {}
    with serve(server_env(static_root), options.workers) as base:
        for name, target in plan.items():
            path, header = target if isinstance(target, tuple) else (target, None)
            # Every worker warm (its caches filled, as in steady running), then one connection, then several.
            run_wrk(base, path, 1, options.workers * 2, header)
            alone = run_wrk(base, path, options.duration, 1, header)
            loaded = run_wrk(base, path, options.duration, options.connections, header)
            report = {
                "path": path,
                "header": header,
                **{key: alone[key] for key in ("p50_ms", "p95_ms", "p99_ms", "max_ms")},
                "rps": loaded["rps"],
                "loaded_p50_ms": loaded["p50_ms"],
                "loaded_p95_ms": loaded["p95_ms"],
                "loaded_p99_ms": loaded["p99_ms"],
                "requests": alone["requests"] + loaded["requests"],
                "errors": alone["errors"] + loaded["errors"],
                "non_2xx": alone["non_2xx"] + loaded["non_2xx"],
                "p95_target_ms": latency_target(name),
                "queries": queries_per_request(path, header) if not name.startswith("floor: static") else 0,
            }
            results[name] = report
            print(
                f"{name:34} p50 {report['p50_ms']:6.1f} ms  p95 {report['p95_ms']:6.1f}  p99 {report['p99_ms']:6.1f}"
                f"  | x{options.connections}: {report['rps']:7.1f} req/s  p95 {report['loaded_p95_ms']:6.1f}"
                f"  | queries {report['queries']:2}  errors {report['errors']}+{report['non_2xx']}",
                flush=True,
            )
        rss = worker_rss_mb(base.process)
    shutil.rmtree(static_root, ignore_errors=True)

    floor = results["floor: trivial view"]["rps"]
    missed = []
    for name, report in results.items():
        report["rps_ratio_to_floor"] = round(report["rps"] / floor, 3)
        target = report["p95_target_ms"]
        if target is not None and report["p95_ms"] > target:
            missed.append(f"{name}: p95 {report['p95_ms']:.1f} ms > {target} ms")
        ratio_target = FLOOR_RATIO_TARGETS.get(name)
        if ratio_target is not None:
            report["rps_ratio_target"] = ratio_target
            if report["rps_ratio_to_floor"] < ratio_target:
                missed.append(f"{name}: {report['rps_ratio_to_floor']} x floor < {ratio_target}")
    missed += [f"worker RSS {value:.0f} MB >= {MAX_WORKER_RSS_MB} MB" for value in rss if value >= MAX_WORKER_RSS_MB]
    summary = {
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "postgresql": connection.cursor().connection.info.server_version,
        },
        "articles": Article.objects.count(),
        "published_articles": Article.objects.published().count(),
        "settings": vars(options) | {"output": str(options.output)},
        "worker_rss_mb_after_run": [round(value, 1) for value in rss],
        "targets_missed": missed,
        "scenarios": results,
    }
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    print(f"\nWorker RSS after the run: {', '.join(f'{v:.0f} MB' for v in rss)} (target < {MAX_WORKER_RSS_MB} MB).")
    print("Targets missed:" if missed else "Every target met.", *missed, sep="\n  ")
    print(f"Results: {options.output}")


if __name__ == "__main__":
    main()
