"""Run the portal as production does, under gunicorn, for tests that need a real server."""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url_of(settings_dict):
    """The DATABASE_URL of the database the tests are using (the test database)."""
    user = quote(settings_dict["USER"] or "")
    password = f":{quote(settings_dict['PASSWORD'])}" if settings_dict["PASSWORD"] else ""
    host = settings_dict["HOST"] or ""
    port = settings_dict["PORT"] or ""
    name = quote(settings_dict["NAME"])
    if host.startswith("/"):
        return f"postgresql://{user}{password}@/{name}?host={quote(host, safe='/')}&port={port or 5432}"
    return f"postgresql://{user}{password}@{host}{':' + port if port else ''}/{name}"


class ServerURL(str):
    """The base URL of a running server, which also knows its process (the gunicorn master)."""

    process = None


@contextlib.contextmanager
def serve(env, workers=2, log=None):
    """Run gunicorn as in production on a free port of 127.0.0.1 and yield its base URL.

    ``env`` is laid over this process's environment. The server's output goes to
    the file ``log`` (opened for reading and writing), or to a temporary file (never a pipe nobody reads,
    which would block the server once full) that explains a failed start. The
    bench scripts use this too, so tests and benchmarks run the very same server.
    """
    port = free_port()
    with contextlib.ExitStack() as stack:
        output = log or stack.enter_context(tempfile.TemporaryFile("w+"))
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "ckm_portal.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
            ],
            cwd=ROOT,
            env=dict(os.environ, **env),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        base_url = ServerURL(f"http://127.0.0.1:{port}")
        base_url.process = process
        try:
            wait_until_answers(base_url + "/healthz", process, output, "gunicorn")
            yield base_url
        finally:
            process.terminate()
            process.wait(timeout=30)


def wait_until_answers(url, process, output, name, seconds=30):
    """Poll ``url`` until it answers; if ``process`` exits or time runs out, raise with the end of its ``output``."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                output.flush()
                output.seek(0)
                raise RuntimeError(f"{name} did not start: {output.read()[-2000:]}") from None
            time.sleep(0.2)


@contextlib.contextmanager
def gunicorn(static_root, workers=2, extra_env=None, log=None):
    """Yield the base URL of a gunicorn serving the test database with DEBUG off.

    Pass an open file as ``log`` to read the server's output afterwards.
    """
    env = {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "gunicorn-test-key-" + "x" * 40,
        "DATABASE_URL": database_url_of(connection.settings_dict),
        # Replicas of another database would serve other data: a test names its own.
        "DATABASE_REPLICA_URLS": "",
        "DJANGO_STATIC_ROOT": str(static_root),
        "DJANGO_SECURE_COOKIES": "0",
    }
    env.update(extra_env or {})  # may replace any of the above, DATABASE_URL included
    with serve(env, workers, log) as base_url:
        yield base_url
