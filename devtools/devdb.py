"""The private PostgreSQL cluster used when DATABASE_URL is unset.

The cluster lives in ``.pgdata/`` at the top of the checkout (git-ignored) and
listens on a unix socket inside that folder only, never on a network interface.
PostgreSQL refuses to run as root, so under root the folder belongs to the
``postgres`` system user and the server binaries run through ``runuser``.

    python -m devtools.devdb start    # create if needed, start, create the database
    python -m devtools.devdb stop
    python -m devtools.devdb status
    python -m devtools.devdb check    # connect to DATABASE_URL (or the cluster)
    python -m devtools.devdb url      # print the cluster's DATABASE_URL (url ckm_bench: another database)

The portal never imports this module: the Makefile passes the URL it prints to
Django as DATABASE_URL. It uses only the standard library at import time, so
that the Makefile can run it before the virtualenv exists.
"""

import glob
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
PGDATA_LINK = BASE_DIR / ".pgdata"
DB_NAME = "ckm"
DB_USER = "ckm"
# The port only names the socket file (.s.PGSQL.5432); nothing listens on TCP.
PORT = 5432
SYSTEM_USER = "postgres"


class ClusterError(Exception):
    pass


def default_database_url(name=DB_NAME):
    return f"postgresql://{DB_USER}@/{quote(name)}?host={quote(str(PGDATA_LINK), safe='/')}&port={PORT}"


def private_database_name(url):
    """The database ``url`` names when it points at this cluster's socket, else None."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    if parts.scheme not in {"postgres", "postgresql"} or query.get("host") != [str(PGDATA_LINK)]:
        return None
    return unquote(parts.path.lstrip("/")) or DB_NAME


def _as_root():
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _server_bin_dir():
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    return Path(candidates[-1]).parent if candidates else None


def _version_key(path):
    version = Path(path).parent.parent.name
    return int(version) if version.isdigit() else 0


def _install_server():
    if not _as_root():
        raise ClusterError(
            "PostgreSQL server binaries (initdb, pg_ctl) are missing: install the "
            "'postgresql' package, or set DATABASE_URL to an existing database."
        )
    print("Installing Debian's postgresql package (server binaries are missing)...", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "postgresql"], check=True, env=env)


def _bin(name):
    bin_dir = _server_bin_dir()
    if bin_dir is None:
        _install_server()
        bin_dir = _server_bin_dir()
    if bin_dir is None:
        raise ClusterError("PostgreSQL server binaries not found even after installing them.")
    return str(bin_dir / name)


def _run_as_owner(args, **kwargs):
    """Run a server binary as the cluster's owner: ``postgres`` under root, else ourselves."""
    if _as_root():
        args = ["runuser", "-u", SYSTEM_USER, "--", *args]
    return subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)


def _owner_can_reach(path):
    if not _as_root():
        return True
    return subprocess.run(["runuser", "-u", SYSTEM_USER, "--", "test", "-x", str(path)], check=False).returncode == 0


def _data_folder():
    """Create ``.pgdata`` and return its real path.

    When the checkout lies under a folder the ``postgres`` user cannot enter
    (``/root`` for instance), ``.pgdata`` becomes a link to a folder under
    ``/var/tmp`` that it can, and we say so.
    """
    if PGDATA_LINK.exists():
        return PGDATA_LINK.resolve()
    if _owner_can_reach(BASE_DIR):
        PGDATA_LINK.mkdir(mode=0o700)
    else:
        digest = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:12]
        # /var/tmp survives reboots, unlike /tmp; the folder is private (0700).
        target = Path("/var/tmp") / f"ckm-portal-pgdata-{digest}"  # noqa: S108
        target.mkdir(mode=0o700, exist_ok=True)
        PGDATA_LINK.symlink_to(target)
        print(f"The postgres user cannot enter {BASE_DIR}; the cluster lives in {target}.")
    folder = PGDATA_LINK.resolve()
    if _as_root():
        shutil.chown(folder, SYSTEM_USER, SYSTEM_USER)
    return folder


def _paths():
    folder = _data_folder()
    return folder, folder / "cluster", folder / "server.log"


def _initdb(folder, cluster):
    print(f"Creating the private PostgreSQL cluster in {cluster}...", flush=True)
    result = _run_as_owner(
        [_bin("initdb"), "-D", str(cluster), "-U", DB_USER, "--auth=trust", "-E", "UTF8",
         "--locale=C.UTF-8", "--no-sync"]
    )  # fmt: skip
    if result.returncode != 0:
        raise ClusterError(f"initdb failed: {result.stderr.strip().splitlines()[-1:]}")
    settings = (
        "\n# Private development cluster: unix socket only, inside its own folder.\n"
        "listen_addresses = ''\n"
        f"unix_socket_directories = '{folder}'\n"
        "unix_socket_permissions = 0700\n"
        f"port = {PORT}\n"
        "fsync = off\n"
        "synchronous_commit = off\n"
        "full_page_writes = off\n"
        "shared_buffers = 256MB\n"
        "max_connections = 200\n"
    )
    conf = cluster / "postgresql.conf"
    with open(conf, "a") as handle:
        handle.write(settings)


def _is_running(cluster):
    return _run_as_owner([_bin("pg_ctl"), "status", "-D", str(cluster)]).returncode == 0


def _clear_stale_pid(cluster):
    """Remove postmaster.pid when its process is gone or is not a postgres server."""
    pid_file = cluster / "postmaster.pid"
    if not pid_file.exists():
        return False
    try:
        pid = int(pid_file.read_text().splitlines()[0])
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (ValueError, IndexError, OSError):
        cmdline = b""
    if b"postgres" in cmdline:
        return False
    pid_file.unlink()
    print("Removed a stale postmaster.pid left by a server that is no longer running.")
    return True


def start(database=DB_NAME):
    folder, cluster, log = _paths()
    if not (cluster / "PG_VERSION").exists():
        _initdb(folder, cluster)
    if _is_running(cluster):
        print(f"The private PostgreSQL cluster is already running ({cluster}).")
    else:
        crashed = _clear_stale_pid(cluster)
        if crashed:
            print("Starting it again; PostgreSQL replays its log to recover from the crash.")
        result = _run_as_owner([_bin("pg_ctl"), "start", "-w", "-t", "60", "-D", str(cluster), "-l", str(log)])
        if result.returncode != 0:
            tail = log.read_text(errors="replace").strip().splitlines()[-3:] if log.exists() else []
            raise ClusterError(f"PostgreSQL did not start; see {log}: {' | '.join(tail)}")
        print(f"Started the private PostgreSQL cluster ({cluster}).")
    _create_database(folder, database)


def _create_database(folder, name):
    psql = [_bin("psql"), "-h", str(folder), "-p", str(PORT), "-U", DB_USER, "-d", "postgres", "-tAc"]
    if not name.replace("_", "").isalnum():
        raise ClusterError(f"Unusable database name {name!r}: use letters, digits and underscores.")
    exists = _run_as_owner([*psql, f"SELECT 1 FROM pg_database WHERE datname = '{name}'"])  # noqa: S608 (checked above)
    if exists.returncode != 0:
        raise ClusterError(f"Cannot query the private cluster: {exists.stderr.strip()}")
    if exists.stdout.strip() != "1":
        created = _run_as_owner([*psql, f'CREATE DATABASE "{name}"'])
        if created.returncode != 0:
            raise ClusterError(f"Cannot create database {name}: {created.stderr.strip()}")


def stop():
    if not (PGDATA_LINK / "cluster" / "PG_VERSION").exists():
        print("There is no private PostgreSQL cluster to stop.")
        return
    cluster = PGDATA_LINK.resolve() / "cluster"
    if _is_running(cluster):
        _run_as_owner([_bin("pg_ctl"), "stop", "-m", "fast", "-D", str(cluster)])
        print("Stopped the private PostgreSQL cluster.")
    else:
        print("The private PostgreSQL cluster is not running.")


def status():
    cluster = PGDATA_LINK / "cluster"
    if not (cluster / "PG_VERSION").exists():
        print("No private PostgreSQL cluster yet; `make run` or `make test` creates one.")
        return 1
    running = _is_running(cluster.resolve())
    print(f"Private cluster in {cluster.resolve()}: {'running' if running else 'stopped'}.")
    return 0 if running else 3


def check():
    """Connect once to the configured database; one line on failure, no traceback."""
    import psycopg  # noqa: PLC0415  (only present once the virtualenv is installed)

    from ckm_portal.core.database_url import parse  # noqa: PLC0415

    url = os.environ.get("DATABASE_URL") or default_database_url()
    try:
        config = parse(url)
        params = {
            "dbname": config["NAME"],
            "user": config["USER"] or None,
            "password": config["PASSWORD"] or None,
            "host": config["HOST"] or None,
            "port": config["PORT"] or None,
            "connect_timeout": 5,
            **config["OPTIONS"],
        }
        with psycopg.connect(**{k: v for k, v in params.items() if v is not None}) as connection:
            connection.execute("SELECT 1")
    except (ValueError, psycopg.Error) as error:
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ClusterError(f"Cannot use the database at DATABASE_URL: {message}") from None


def main(argv):
    command = argv[1] if len(argv) > 1 else "start"
    try:
        if command == "start":
            # The Makefile passes the cluster's own URL; any other URL is a database of the developer's.
            url = os.environ.get("DATABASE_URL")
            database = private_database_name(url) if url else DB_NAME
            if database is None:
                print("DATABASE_URL is set: using that database, not the private cluster.")
            else:
                start(database)
            check()
        elif command == "stop":
            stop()
        elif command == "status":
            return status()
        elif command == "check":
            check()
        elif command == "url":
            print(default_database_url(argv[2] if len(argv) > 2 else DB_NAME))
        else:
            print(f"Unknown command {command!r}: use start, stop, status, check or url.", file=sys.stderr)
            return 2
    except (ClusterError, subprocess.CalledProcessError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
