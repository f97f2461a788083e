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
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools import devdb  # noqa: E402
from tests.support.loadtest import ensure_wrk, load_test  # noqa: E402
from tests.support.servers import serve  # noqa: E402


@contextlib.contextmanager
def production_server(workers, folder):
    """gunicorn as in production, on a free port; its log goes to a file in ``folder``."""
    env = {
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
