"""A whole cluster on loopback ports inside one temporary folder, for tests/cluster/.

A PostgreSQL primary and a streaming replica (made with pg_basebackup, run as the ``postgres`` user
when root, as devtools/devdb.py runs the private cluster), Debian's redis-server, gunicorn app
servers as production runs them, and Debian's haproxy with the configuration of deploy/haproxy.cfg.
Every process runs in a session of its own, so that stopping it (or killing it, as a machine that
fails) takes its children too; ``Cluster.stop`` stops everything it started and removes the folder.
"""

import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from devtools import devdb
from tests.support.servers import ROOT, free_port

HAPROXY_TEMPLATE = ROOT / "deploy" / "haproxy.cfg"
# Debian packages the cluster needs, by the command they provide.
PACKAGES = {"haproxy": "haproxy", "redis-server": "redis-server"}


def ensure_packages():
    missing = [package for command, package in PACKAGES.items() if not shutil.which(command)]
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"The cluster test needs Debian's {' and '.join(missing)}: sudo apt-get install {' '.join(missing)}")
    print(f"Installing Debian's {', '.join(missing)}...", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env, stdout=subprocess.DEVNULL)


def haproxy_config(template, bind, servers, stats_socket):
    """deploy/haproxy.cfg for a test: our own global section, one plain bind, the given servers.

    ``servers`` maps a name to a port on 127.0.0.1. Each answer says which server gave it
    (X-Served-By), so that the test can see the load spread; the production file does not say.
    Checks run every 500 ms instead of 2 s, so that the test need not wait long for a change.
    """
    lines = []
    skipping_global = backups_written = False
    for line in template.splitlines():
        stripped = line.strip()
        if line.startswith("global"):
            skipping_global = True
            lines += [
                "global",
                f"    stats socket {stats_socket} mode 600 level admin",
                "    maxconn 500",
                "    log stdout format raw local0 info",  # into haproxy.log in the folder
                "",
            ]
            continue
        if skipping_global:
            if line and not line[0].isspace() and not line.startswith("#"):
                skipping_global = False
            else:
                continue
        if stripped.endswith("# production only") or stripped.startswith("server "):
            if stripped.startswith("server ") and " backup" in stripped and not backups_written:
                lines += [f"    server {name}-fallback 127.0.0.1:{port} backup" for name, port in servers.items()]
                backups_written = True
            continue
        if stripped.startswith("bind "):
            if not any(existing.strip().startswith("bind ") for existing in lines):
                lines.append(f"    bind {bind}")
            continue
        lines.append(line)
        if stripped.startswith("default-server"):
            lines += [f"    server {name} 127.0.0.1:{port} check inter 500ms" for name, port in servers.items()]
            lines.append("    http-response set-header X-Served-By %[srv_name]")
    return "\n".join(lines) + "\n"


class Process:
    """A server process in a session of its own, its output in a log file."""

    def __init__(self, name, args, log, env=None, cwd=None):
        self.name, self.log = name, log
        with open(log, "ab") as output:
            self.popen = subprocess.Popen(
                args, stdout=output, stderr=subprocess.STDOUT, env=env, cwd=cwd, start_new_session=True
            )

    def running(self):
        return self.popen.poll() is None

    def signal_group(self, signum):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.popen.pid, signum)

    def kill(self):
        """As a machine that fails: SIGKILL to the process and all its children."""
        self.signal_group(signal.SIGKILL)
        self.popen.wait(timeout=10)

    def stop(self, timeout=15):
        if not self.running():  # stopped or killed (with its group) before
            return
        self.signal_group(signal.SIGTERM)
        try:
            self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        # Anything of the group still there (a worker that outlived its master) goes too.
        self.signal_group(signal.SIGKILL)

    def tail(self, lines=30):
        return "\n".join(Path(self.log).read_text(errors="replace").splitlines()[-lines:])


def wait_for(check, what, seconds=30, process=None):
    deadline = time.monotonic() + seconds
    while True:
        try:
            if check():
                return
        except OSError:
            pass
        if process is not None and not process.running():
            raise RuntimeError(f"{process.name} stopped while starting:\n{process.tail()}")
        if time.monotonic() > deadline:
            tail = f":\n{process.tail()}" if process is not None else ""
            raise RuntimeError(f"{what} did not come up within {seconds} s{tail}")
        time.sleep(0.1)


def http_status(url, timeout=5):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class Cluster:
    """Start the parts one by one (``start_*``), then ``stop()`` in a finally block."""

    def __init__(self):
        # mkdtemp makes the folder 0700 for root; the postgres user may pass through it to its own,
        # if it can reach the temporary folder at all (a TMPDIR under /root, say, it cannot).
        parent = tempfile.gettempdir()
        if not devdb._owner_can_reach(parent):
            parent = "/var/tmp"  # noqa: S108 (as devtools/devdb.py does)
        self.folder = Path(tempfile.mkdtemp(prefix="ckm-cluster-", dir=parent))
        self.folder.chmod(0o711)
        self.pg = self.folder / "pg"
        self.pg.mkdir(mode=0o700)
        if os.geteuid() == 0:
            shutil.chown(self.pg, devdb.SYSTEM_USER, devdb.SYSTEM_USER)
        self.app_password = secrets.token_urlsafe(16)
        self.replication_password = secrets.token_urlsafe(16)
        self.ports = {}
        self.processes = {}
        self.postgres = []  # data folders of the PostgreSQL servers started
        # The secret key in a file readable by its owner only, as systemd's LoadCredential= provides it.
        self.secret_key_file = self.folder / "secret_key"
        self.secret_key_file.write_text(secrets.token_urlsafe(50) + "\n")
        self.secret_key_file.chmod(0o600)

    # PostgreSQL

    def _pg(self, *args):
        result = devdb._run_as_owner([devdb._bin(args[0]), *args[1:]])
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stderr.strip()[-2000:]}")
        return result.stdout

    def psql(self, port, sql, database="postgres"):
        return self._pg("psql", "-h", str(self.pg), "-p", str(port), "-U", "postgres", "-d", database, "-tAc", sql)

    def _start_postgres(self, data, port):
        self.postgres.append(data)  # before starting: a start that times out may still leave it running
        self.ports[data.name] = port
        self._pg("pg_ctl", "start", "-w", "-t", "60", "-D", str(data), "-l", str(self.pg / f"{data.name}.log"))

    def stop_postgres(self, name):
        data = self.pg / name
        devdb._run_as_owner([devdb._bin("pg_ctl"), "stop", "-m", "fast", "-w", "-D", str(data)])

    def start_primary(self):
        data, port = self.pg / "primary", free_port()
        self._pg(
            "initdb", "-D", str(data), "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        with open(data / "postgresql.conf", "a") as conf:
            conf.write(
                "\n# Cluster test: TCP on loopback only, the socket inside the test's folder.\n"
                f"listen_addresses = '127.0.0.1'\nport = {port}\n"
                f"unix_socket_directories = '{self.pg}'\nunix_socket_permissions = 0700\n"
                "wal_level = replica\nmax_wal_senders = 4\nfsync = off\nmax_connections = 100\n"
            )
        (data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "host replication replicator 127.0.0.1/32 scram-sha-256\n"
            "host all ckm 127.0.0.1/32 scram-sha-256\n"
        )
        self._start_postgres(data, port)
        self.psql(port, f"CREATE ROLE ckm LOGIN PASSWORD '{self.app_password}'")
        self.psql(port, f"CREATE ROLE replicator REPLICATION LOGIN PASSWORD '{self.replication_password}'")
        self.psql(port, "CREATE DATABASE ckm OWNER ckm")

    def start_replica(self):
        """A streaming replica of the primary: pg_basebackup -R writes standby.signal and primary_conninfo."""
        data, port = self.pg / "replica", free_port()
        conninfo = f"host=127.0.0.1 port={self.ports['primary']} user=replicator password={self.replication_password}"
        self._pg("pg_basebackup", "-D", str(data), "-R", "-X", "stream", "-c", "fast", "-d", conninfo)
        with open(data / "postgresql.conf", "a") as conf:
            conf.write(f"port = {port}\n")
        self._start_postgres(data, port)

    def database_url(self, name):
        return f"postgresql://ckm:{self.app_password}@127.0.0.1:{self.ports[name]}/ckm"

    # Redis

    def start_redis(self):
        port = free_port()
        (self.folder / "redis").mkdir()
        self.processes["redis"] = Process(
            "redis-server",
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.folder / "redis"), "--daemonize", "no"],
            self.folder / "redis.log",
        )  # fmt: skip
        self.ports["redis"] = port
        wait_for(self.redis_ping, "redis-server", process=self.processes["redis"])

    def redis_ping(self):
        with socket.create_connection(("127.0.0.1", self.ports["redis"]), timeout=2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")

    # The portal

    def app_env(self, static_root):
        env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
        env.update(
            DJANGO_SETTINGS_MODULE="ckm_portal.settings",
            DJANGO_SECRET_KEY_FILE=str(self.secret_key_file),
            DJANGO_DEMO="0",  # as in production; load_demo runs with DJANGO_DEMO=1
            DATABASE_URL=self.database_url("primary"),
            DJANGO_ALLOWED_HOSTS="127.0.0.1,kennisbank.example.org",
            DJANGO_BEHIND_HTTPS_PROXY="1",
            DJANGO_SECURE_COOKIES="0",
            DJANGO_STATIC_ROOT=str(static_root),
            DJANGO_MEDIA_ROOT=str(self.folder / "media"),
            DJANGO_LOG_LEVEL="WARNING",
        )
        if "replica" in self.ports:
            env["DATABASE_REPLICA_URLS"] = self.database_url("replica")
        if "redis" in self.ports:
            env["REDIS_URL"] = f"redis://127.0.0.1:{self.ports['redis']}/0"
        return env

    def manage(self, env, *args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed: {(result.stdout + result.stderr)[-3000:]}")
        return result.stdout

    def start_app(self, name, env, workers=2, port=None):
        port = port or free_port()
        self.processes[name] = process = Process(
            name,
            [sys.executable, "-m", "gunicorn", "ckm_portal.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", str(workers)],
            self.folder / f"{name}.log",
            env=env,
            cwd=ROOT,
        )  # fmt: skip
        self.ports[name] = port
        wait_for(lambda: http_status(f"http://127.0.0.1:{port}/healthz") == 200, name, process=process)
        return port

    # HAProxy

    def start_haproxy(self, apps):
        port = free_port()
        config = self.folder / "haproxy.cfg"
        config.write_text(
            haproxy_config(
                HAPROXY_TEMPLATE.read_text(),
                bind=f"127.0.0.1:{port}",
                servers={name: self.ports[name] for name in apps},
                stats_socket=self.folder / "haproxy.sock",
            )
        )
        checked = subprocess.run(
            ["haproxy", "-c", "-q", "-f", str(config)], capture_output=True, text=True, check=False
        )
        if checked.returncode != 0:
            raise RuntimeError(f"haproxy refuses the generated configuration: {checked.stdout}{checked.stderr}")
        self.processes["haproxy"] = Process(
            "haproxy", ["haproxy", "-db", "-f", str(config)], self.folder / "haproxy.log"
        )
        self.ports["haproxy"] = port
        self.url = f"http://127.0.0.1:{port}"
        wait_for(lambda: all(self.server_states().get(name) == "UP" for name in apps), "haproxy's backends")
        return self.url

    def haproxy_command(self, command):
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(5)
            sock.connect(str(self.folder / "haproxy.sock"))
            sock.sendall(command.encode() + b"\n")
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks).decode()

    def server_states(self):
        """{server name: status} of the portal backend, from haproxy's statistics (UP, DOWN, MAINT...)."""
        lines = self.haproxy_command("show stat").splitlines()
        header = lines[0].lstrip("# ").split(",")
        rows = [dict(zip(header, line.split(","), strict=False)) for line in lines[1:] if line]
        return {
            row["svname"]: row["status"]
            for row in rows
            if row.get("pxname") == "portal" and row["svname"] not in {"FRONTEND", "BACKEND"}
        }

    # Teardown

    def stop(self, keep_logs=None):
        """Stop everything, keep the logs in the folder ``keep_logs`` if given, remove the temporary folder."""
        for process in reversed(list(self.processes.values())):
            process.stop()
        for data in reversed(self.postgres):
            if (data / "postmaster.pid").exists():
                devdb._run_as_owner([devdb._bin("pg_ctl"), "stop", "-m", "immediate", "-w", "-D", str(data)])
        if keep_logs is not None:
            shutil.rmtree(keep_logs, ignore_errors=True)
            keep_logs.mkdir(parents=True)
            for log in [*self.folder.glob("*.log"), *self.pg.glob("*.log")]:
                shutil.copy(log, keep_logs)
        shutil.rmtree(self.folder, ignore_errors=True)

    def leftovers(self):
        """Processes still running that were started from the folder (a check for the test's own cleanup)."""
        found = []
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit():
                with contextlib.suppress(OSError):
                    if str(self.folder) in (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(
                        errors="replace"
                    ):
                        found.append(int(proc.name))
        return found


def version_of(command):
    output = subprocess.run([command, "-v"], capture_output=True, text=True, check=False).stdout
    match = re.search(r"version[ =v]*([\w.~+:-]+)", output)
    return match.group(1) if match else "?"
