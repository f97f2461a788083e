"""The portal beside the Wagtail peer, in one run, on the peer's own corpus.

    ../shared/peers/run_peer.sh 100000        # the peer: its cluster, corpus and gunicorn on :8100
    .venv/bin/python bench/side_by_side.py    # the portal in the same cluster, then both measured

The portal's database (``ckm_side``) goes into the peer's PostgreSQL cluster, so both
sites read from one server with the same settings. When the database holds fewer
articles than the corpus, it is created, migrated and filled through the portal's
own import (``import_articles``), and the import's rate is reported. The portal
then runs under gunicorn with as many workers as the peer (4).

Every endpoint is measured the way ``../shared/peers/bench_peer.sh`` measures: two
warm-up requests, then ``--runs`` sequential requests on a new connection each
(median and p95 of one request's own time), then wrk with 8 connections. The
peer's searches are measured twice: stock, and with the combined GIN index
(``peer_combined_gin``), which this script adds and drops again. Several rounds
alternate the sites, so a noisy minute of the shared host hits both.
The tables go to stdout and to ``--output`` (Markdown), the raw figures beside it as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT.parent / "shared" / "peers"
sys.path.insert(0, str(ROOT))

RARE, COMMON, TWO = "lijfeigenschap", "mensenhandel", "gedwongen huwelijk"
COOKIE = "Cookie: bench=1"
SETTLE_MAX_SECONDS = 30


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--peer-url", default="http://127.0.0.1:8100")
    parser.add_argument("--peer-dir", type=Path, default=PEERS)
    # The peer's own defaults (run_peer.sh), which put everything in /tmp.
    parser.add_argument("--pgdir", default=os.environ.get("PGDIR", "/tmp/wagpeer-pg"))  # noqa: S108
    parser.add_argument("--peer-venv", default=os.environ.get("VENV", "/tmp/wagpeer-venv"))  # noqa: S108
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/wagpeer-work/corpus-100000-s42.jsonl"))  # noqa: S108
    parser.add_argument("--database", default="ckm_side")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--runs", type=int, default=20, help="sequential requests per endpoint and round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--duration", type=int, default=15, help="seconds of wrk per endpoint")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "side-by-side.md")
    return parser.parse_args()


OPTIONS = arguments()
os.environ["DATABASE_URL"] = f"postgresql://bench@/{OPTIONS.database}?host={OPTIONS.pgdir}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-" + "k" * 40)
os.environ.setdefault("DJANGO_STATEMENT_TIMEOUT_MS", "0")

import django  # noqa: E402
import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from articles.models import Article  # noqa: E402
from bench.run import run_wrk, server_env  # noqa: E402
from tests.support.loadtest import ensure_wrk  # noqa: E402
from tests.support.servers import serve  # noqa: E402


def q(text: str) -> str:
    return urllib.parse.quote_plus(text)


def ensure_database() -> None:
    with psycopg.connect(f"postgresql://bench@/postgres?host={OPTIONS.pgdir}", autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [OPTIONS.database]).fetchone():
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(OPTIONS.database)))


def load_portal() -> dict[str, float]:
    """Migrate, and import the corpus when the portal holds fewer articles; the import's figures."""
    ensure_database()
    call_command("migrate", interactive=False, verbosity=0)
    lines = sum(1 for _ in OPTIONS.corpus.open(encoding="utf-8"))
    present = Article.objects.count()
    if present >= lines:
        print(f"portal: {present} articles already loaded", flush=True)
        return {}
    started = time.perf_counter()
    call_command("import_articles", str(OPTIONS.corpus), verbosity=1)
    seconds = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    # The word weights of ranking (docs/decisions/0016-word-weights.md), as the daily cron job would.
    call_command("refresh_search_words")
    print(f"portal: imported {lines} rows in {seconds:.1f} s ({lines / seconds:.0f} rows/s)", flush=True)
    return {"rows": lines, "seconds": round(seconds, 1), "rows_per_second": round(lines / seconds)}


def peer_command(*args: str) -> None:
    env = dict(os.environ, PGHOST=OPTIONS.pgdir, PGUSER="bench", PGDATABASE="wagtailpeer")
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run(
        [f"{OPTIONS.peer_venv}/bin/python", "manage.py", *args], cwd=OPTIONS.peer_dir / "wagtail_site", env=env,
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def one_request(url: str, header: str | None) -> float:
    request = urllib.request.Request(url)  # noqa: S310 (http on loopback, built above)
    if header:
        name, value = header.split(": ", 1)
        request.add_header(name, value)
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (loopback only)
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url} answered {response.status}")
    return (time.perf_counter() - started) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def measure(url: str, header: str | None = None) -> dict[str, float]:
    for _ in range(2):
        one_request(url, header)
    times = [one_request(url, header) for _ in range(OPTIONS.runs)]
    base, _, path = url.partition("//")[2].partition("/")
    loaded = run_wrk(f"http://{base}", f"/{path}", OPTIONS.duration, OPTIONS.connections, header)
    # The requests wrk left queued still run after it stops (seconds each for a stock Wagtail search):
    # let them finish, so they do not weigh on the next endpoint, maybe the other site's.
    time.sleep(min(SETTLE_MAX_SECONDS, loaded["max_ms"] / 1000 + 1))
    return {
        "median": statistics.median(times),
        "p95": percentile(times, 0.95),
        "rps": loaded["rps"],
        "wrk_p50": loaded["p50_ms"],
        "wrk_p99": loaded["p99_ms"],
        "errors": loaded["errors"] + loaded["non_2xx"],
    }


def endpoints(portal: str, detail_slug: str) -> list[tuple[str, dict[str, tuple[str, str | None]]]]:
    """(row name, {column: (url, header)}): what each site serves for the same question."""
    peer = OPTIONS.peer_url
    searches = [("search rare", RARE), ("search common", COMMON), ("search two words", TWO)]
    rows = []
    for name, term in searches:
        rows.append((f"{name} `{term}`", {
            "peer": (f"{peer}/search/?q={q(term)}", None),
            "portal": (f"{portal}/zoeken/?q={q(term)}", None),
            "portal API": (f"{portal}/api/v1/articles/?q={q(term)}", None),
        }))  # fmt: skip
    rows += [
        ("list page 1 (portal rendered)", {"peer": (f"{peer}/articles/?page=1", None),
                                           "portal": (f"{portal}/artikelen/?page=1", COOKIE)}),
        ("list page 500 (portal rendered)", {"peer": (f"{peer}/articles/?page=500", None),
                                             "portal": (f"{portal}/artikelen/?page=500", COOKIE)}),
        ("article detail (same slug)", {"peer": (f"{peer}/articles/{detail_slug}/", None),
                                        "portal": (f"{portal}/artikelen/{detail_slug}/", COOKIE)}),
        ("trivial view (portal floor)", {"portal": (f"{portal}/bench/floor/", None)}),
    ]  # fmt: skip
    return rows


def run_round(rows, figures, peer_variant: str) -> None:
    for name, urls in rows:
        for column, (url, header) in urls.items():
            key = f"peer {peer_variant}" if column == "peer" else column
            if column == "peer" and peer_variant == "+GIN" and not name.startswith("search"):
                continue  # the index only changes searches
            result = measure(url, header)
            figures[name][key].append(result)
            print(f"  {name:36} {key:12} median {result['median']:8.1f} ms  p95 {result['p95']:8.1f}"
                  f"  wrk {result['rps']:7.1f} req/s  errors {result['errors']}", flush=True)  # fmt: skip


COLUMNS = ["peer stock", "peer +GIN", "portal", "portal API"]


def table(figures, metric: str, title: str, higher_is_better: bool = False) -> str:
    def mean(name: str, column: str) -> float | None:
        values = [result[metric] for result in figures[name].get(column, [])]
        return statistics.mean(values) if values else None

    def cell(value: float | None) -> str:
        return "-" if value is None else f"{value:,.1f}"

    def ratio(peer: float | None, ours: float | None) -> str:
        # A side that finished no request in wrk's window (a rate of 0) has no ratio.
        if peer is None or ours is None or ours == 0 or peer == 0:
            return "-"
        return f"{(ours / peer if higher_is_better else peer / ours):.1f}x"

    ratios = ["portal vs stock", "portal vs +GIN", "API vs stock", "API vs +GIN"]
    lines = [f"### {title}", "", "| " + " | ".join(["endpoint", *COLUMNS, *ratios]) + " |",
             "|---|" + "--:|" * (len(COLUMNS) + len(ratios))]  # fmt: skip
    for name in figures:
        values = {column: mean(name, column) for column in COLUMNS}
        cells = [cell(values[column]) for column in COLUMNS] + [
            ratio(values[peer], values[ours])
            for ours in ("portal", "portal API")
            for peer in ("peer stock", "peer +GIN")
        ]
        lines.append("| " + " | ".join([name, *cells]) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ensure_wrk()
    imported = load_portal()
    detail_slug = (
        Article.objects.published()
        .order_by("slug")
        .values_list("slug", flat=True)[Article.objects.published().count() // 2]
    )
    static_root = Path(tempfile.mkdtemp(prefix="ckm-side-static-"))
    os.environ["DJANGO_STATIC_ROOT"] = str(static_root)
    from django.conf import settings  # noqa: PLC0415

    settings.STATIC_ROOT = static_root
    call_command("collectstatic", interactive=False, verbosity=0)
    figures: dict[str, dict[str, list[dict[str, float]]]] = defaultdict(lambda: defaultdict(list))
    peer_command("peer_combined_gin", "--drop")
    with serve(server_env(static_root), OPTIONS.workers) as base:
        rows = endpoints(str(base), detail_slug)
        for number in range(1, OPTIONS.rounds + 1):
            print(f"round {number}: peer stock and portal", flush=True)
            run_round(rows, figures, "stock")
            peer_command("peer_combined_gin")
            print(f"round {number}: peer +GIN", flush=True)
            run_round([(name, {"peer": urls["peer"]}) for name, urls in rows if "peer" in urls], figures, "+GIN")
            peer_command("peer_combined_gin", "--drop")
    report = "\n".join([
        f"# Portal beside Wagtail 8, {Article.objects.count():,} articles of the peer's corpus",
        "",
        f"{os.cpu_count()} cores; both sites in one PostgreSQL cluster ({OPTIONS.pgdir}), {OPTIONS.workers} gunicorn"
        f" workers each; {OPTIONS.rounds} rounds, {OPTIONS.runs} sequential requests per endpoint and round,"
        f" wrk -c{OPTIONS.connections} -d{OPTIONS.duration}s. Ratios: how many times faster the portal is.",
        "",
        *([f"Import: {imported['rows']:,} rows in {imported['seconds']} s ({imported['rows_per_second']:,} rows/s)", ""]
          if imported else []),
        table(figures, "median", "single request, median ms"),
        table(figures, "p95", "single request, p95 ms"),
        table(figures, "rps", f"wrk -c{OPTIONS.connections}, requests/s", higher_is_better=True),
        table(figures, "wrk_p99", f"wrk -c{OPTIONS.connections}, p99 ms"),
    ])  # fmt: skip
    OPTIONS.output.parent.mkdir(parents=True, exist_ok=True)
    OPTIONS.output.write_text(report)
    OPTIONS.output.with_suffix(".json").write_text(json.dumps({"import": imported, "figures": figures}, indent=1))
    print(report)


if __name__ == "__main__":
    main()
