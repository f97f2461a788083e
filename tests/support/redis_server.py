"""Debian's redis-server on a free loopback port, for the tests of the shared cache (mark them `server`)."""

import contextlib
import shutil
import socket
import subprocess
import time

import pytest

from tests.support.servers import free_port


def answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """One redis-server that keeps nothing on disk; ``stop`` and ``start`` again on the same port."""

    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        command += ["--dir", str(self.folder), "--maxmemory", "64mb", "--maxmemory-policy", "volatile-ttl"]
        self.log = open(self.folder / "redis.log", "a")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while not answers(self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not start: {(self.folder / 'redis.log').read_text()[-2000:]}")
            time.sleep(0.05)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
            self.log.close()


@contextlib.contextmanager
def redis_server(folder):
    """A running RedisServer, stopped at the end whatever happens; fails when Debian's package is missing."""
    if not shutil.which("redis-server"):
        pytest.fail("Debian's redis-server is missing: make test installs it (apt-get install redis-server)")
    server = RedisServer(folder)
    server.start()
    try:
        yield server
    finally:
        server.stop()
