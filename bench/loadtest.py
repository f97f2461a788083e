"""Load test: mixed browsing and searching against gunicorn on 127.0.0.1, bounded in time.

    .venv/bin/python bench/loadtest.py                                 # 60 s, 50 connections
    .venv/bin/python bench/loadtest.py --duration 10 --connections 20
    .venv/bin/python bench/loadtest.py --warmup 20                     # counted once caches are warm
    .venv/bin/python bench/loadtest.py --base-url http://127.0.0.1:8000  # a server already running

Without --base-url it serves the portal as production does (gunicorn, DEBUG off,
collected static files, 3 workers) on a free port of 127.0.0.1, against
DATABASE_URL or else the private cluster; load the demo content first
(`manage.py load_demo`). It finds pages by following links from the home pages,
adds searches for common terms, and lets wrk (Debian's package; installed when
missing and run as root) rotate through them: two page views to one search.

It prints requests, 4xx and 5xx answers, socket errors, latency percentiles, the p95 of each
page type and of the browse pages (every type but search), and exits 1 when there was any 5xx
or socket error, or when the browse pages' p95 is above 300 ms (issue 13).

    .venv/bin/python bench/loadtest.py --search-slots 0                       # without the slot bound
    .venv/bin/python bench/loadtest.py --gunicorn-args "--worker-class sync"  # without threads
"""

import argparse
import contextlib
import json
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools import devdb  # noqa: E402
from tests.support.loadtest import load_test  # noqa: E402
from tests.support.servers import serve  # noqa: E402


@contextlib.contextmanager
def production_server(workers, folder, overrides):
    """gunicorn as in production, on a free port; its log goes to a file in ``folder``."""
    env = overrides | {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_STATIC_ROOT": str(folder / "static"),
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        # Production settings need a database URL; the private cluster's unless one is given.
        "DATABASE_URL": os.environ.get("DATABASE_URL") or devdb.default_database_url(),
    }
    python = sys.executable
    collect = [python, "manage.py", "collectstatic", "--noinput", "-v0"]
    subprocess.run(collect, cwd=ROOT, env=dict(os.environ, **env), check=True)
    with open(folder / "gunicorn.log", "w+") as log, serve(env, workers, log) as base_url:
        yield base_url


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=60, help="seconds (default 60)")
    parser.add_argument("--connections", type=int, default=50, help="concurrent connections (default 50)")
    parser.add_argument(
        "--warmup", type=int, default=0, help="seconds of the same load first, not counted (default 0: a cold start)"
    )
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers when we start it (default 3)")
    parser.add_argument("--threads", type=int, help="threads per worker when we start it (GUNICORN_THREADS)")
    parser.add_argument("--search-slots", type=int, help="DJANGO_SEARCH_SLOTS when we start it (0: no bound)")
    parser.add_argument("--gunicorn-args", help="more gunicorn options when we start it (GUNICORN_CMD_ARGS)")
    parser.add_argument("--base-url", help="load this server instead of starting gunicorn")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object only")
    args = parser.parse_args(argv)
    overrides = {
        name: str(value)
        for name, value in (
            ("GUNICORN_THREADS", args.threads),
            ("DJANGO_SEARCH_SLOTS", args.search_slots),
            ("GUNICORN_CMD_ARGS", args.gunicorn_args),
        )
        if value is not None
    }
    with tempfile.TemporaryDirectory(prefix="ckm-loadtest-") as tmp, contextlib.ExitStack() as stack:
        base_url = args.base_url or stack.enter_context(production_server(args.workers, Path(tmp), overrides))
        figures = load_test(base_url.rstrip("/"), args.duration, args.connections, args.warmup)
    if args.json:
        print(json.dumps(figures))
    else:
        latency = figures["latency_ms"]
        print(
            f"{figures['requests']} requests in {figures['duration_s']:.0f} s over {args.connections} connections, "
            f"after {args.warmup} s of warm-up "
            f"({figures['requests_per_s']}/s; {figures['pages']} pages, searches at {figures['search_paths']})\n"
            f"5xx: {figures['status_5xx']}  4xx: {figures['status_4xx']}  "
            f"socket errors: {figures['socket_errors_total']} {figures['socket_errors']}\n"
            f"latency ms: p50 {latency['p50']}  p90 {latency['p90']}  p99 {latency['p99']}  max {latency['max']}\n"
        )
        print(f"{'page type':<10} {'requests':>8} {'5xx':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
        rows = [*figures["by_type"].items(), ("browse", figures["browse"])]
        for name, row in rows:
            print(
                f"{name:<10} {row['requests']:>8} {row.get('status_5xx', ''):>5} {row['p50']:>8} {row['p95']:>8} "
                f"{row['p99']:>8} {row['max']:>8}"
            )
        browse = figures["browse"]
        verdict = "PASS" if browse["met"] else "FAIL"
        print(f"\nbrowse pages p95 {browse['p95']} ms (target <= {browse['target_p95_ms']} ms): {verdict}")
    failed = figures["status_5xx"] or figures["socket_errors_total"] or not figures["browse"]["met"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
