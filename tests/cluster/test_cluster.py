"""The portal as several machines would run it, on loopback ports of this one (`make cluster-test`).

A PostgreSQL primary and its streaming replica, redis-server, two gunicorn app servers and haproxy
with deploy/haproxy.cfg in front (tests/support/cluster.py starts them in one temporary folder).
The tests run in file order: the last ones break parts of the cluster on purpose. Figures go to
test-artifacts/cluster-figures.txt.
"""

import http.cookiejar
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import psycopg
import pytest

from tests.support.admin_forms import form_fields
from tests.support.cluster import Cluster, ensure_packages, http_status, version_of
from tests.support.loadtest import ensure_wrk, run_wrk, site_urls, url_mix
from tests.support.servers import ROOT

pytestmark = [pytest.mark.server, pytest.mark.slow]

FIGURES = ROOT / "test-artifacts" / "cluster-figures.txt"
LOGS = ROOT / "test-artifacts" / "cluster-logs"  # the servers' logs of the last run
EDITOR, EDITOR_PASSWORD = "cluster-editor", "cluster-editor-password-not-secret"
LOAD_SECONDS, CONNECTIONS = 4, 8
API_URLS = ["/api/v1/articles/", "/api/v1/articles/?q=mensenhandel", "/api/v1/articles/?q=Nigeria"]
PUBLIC_PATHS = ["/", "/artikelen/", "/zoeken/?q=mensenhandel", "/api/v1/articles/", "/partners/", "/en/"]


def record(line):
    print(line)
    with FIGURES.open("a") as handle:
        handle.write(line + "\n")


@pytest.fixture(scope="module")
def cluster(collected_static):
    ensure_packages()
    ensure_wrk()
    FIGURES.parent.mkdir(exist_ok=True)
    FIGURES.write_text(
        f"# {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, tests/cluster/test_cluster.py: "
        f"haproxy {version_of('haproxy')}, 2 gunicorn app servers x 2 workers, "
        "PostgreSQL primary + streaming replica, redis-server\n"
    )
    cluster = Cluster()
    folder = cluster.folder
    try:
        started = time.monotonic()
        cluster.start_primary()
        cluster.start_replica()
        cluster.start_redis()
        cluster.env = env = cluster.app_env(collected_static)
        cluster.manage({**env, "DJANGO_DEMO": "1"}, "migrate", "--noinput", "-v", "0")
        cluster.manage({**env, "DJANGO_DEMO": "1"}, "load_demo")
        cluster.manage(
            {**env, "DJANGO_SUPERUSER_PASSWORD": EDITOR_PASSWORD},
            "createsuperuser", "--noinput", "--username", EDITOR, "--email", "editor@example.org",
        )  # fmt: skip
        for name in ("app1", "app2"):
            cluster.start_app(name, env)
        assert http_status(f"http://127.0.0.1:{cluster.ports['app1']}/readyz") == 200  # haproxy's check
        cluster.start_haproxy(["app1", "app2"])
        seconds = time.monotonic() - started
        record(f"start-up of the whole cluster (initdb, base backup, migrate, demo content): {seconds:.1f} s")
        yield cluster
    finally:
        ports = dict(cluster.ports)
        cluster.stop(keep_logs=LOGS)
    leftovers = cluster.leftovers() + [port for port in ports.values() if port_open(port)]
    assert leftovers == [], f"still running after the cluster stopped: {leftovers}"
    assert not folder.exists()


def port_open(port):
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


# A client that keeps cookies and does not follow redirects, as an editor's browser.


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect)

    def request(self, path, data=None):
        """(status, body, served by) of GET, or of POST when ``data`` is given."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, data=body)
        if data is not None:
            request.add_header("Referer", self.base_url + path)
        try:
            with self.opener.open(request, timeout=15) as response:
                return response.status, response.read().decode(errors="replace"), response.headers["X-Served-By"]
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace"), error.headers["X-Served-By"]


def logged_in_editor(cluster):
    editor = Client(cluster.url)
    status, body, _ = editor.request("/admin/login/?next=/admin/")
    assert status == 200, body[:500]
    fields = dict(form_fields(body, "login-form"))
    fields.update(username=EDITOR, password=EDITOR_PASSWORD)
    status, body, _ = editor.request("/admin/login/?next=/admin/", fields)
    assert status == 302, body[:2000]
    return editor


def save_title(editor, article_id, title):
    """Change an article's title through the admin's form, every other field as it was; the POST's status."""
    path = f"/admin/articles/article/{article_id}/change/"
    status, body, _ = editor.request(path)
    if status != 200:
        return status
    fields = [(name, title if name == "title" else value) for name, value in form_fields(body, "article_form")]
    status, body, _ = editor.request(path, [*fields, ("_save", "Save")])
    assert status != 200, f"the admin refused the form: {body[:3000]}"  # 200 is the form again, with errors
    return status


def primary(cluster):
    return psycopg.connect(cluster.database_url("primary"), autocommit=True)


def replica(cluster):
    return psycopg.connect(cluster.database_url("replica"), autocommit=True)


def published_articles(cluster, count):
    with primary(cluster) as connection:
        return connection.execute(
            "SELECT id, slug, title FROM articles_article WHERE status = 'published' ORDER BY id LIMIT %s", [count]
        ).fetchall()


def replica_transactions(cluster):
    with replica(cluster) as connection:
        return connection.execute("SELECT xact_commit FROM pg_stat_database WHERE datname = 'ckm'").fetchone()[0]


def haproxy_counters(cluster, counter):
    """{server (or BACKEND): the counter} of the portal backend, from haproxy's statistics."""
    lines = cluster.haproxy_command("show stat").splitlines()
    header = lines[0].lstrip("# ").split(",")
    rows = [dict(zip(header, line.split(","), strict=False)) for line in lines[1:] if line]
    return {row["svname"]: int(row[counter] or 0) for row in rows if row["pxname"] == "portal"}


def served_by_counts(cluster):
    return haproxy_counters(cluster, "stot")


def errors_of(figures):
    return figures["status_5xx"] + sum(figures["socket_errors"].values())


def test_mixed_load_through_haproxy_with_one_and_two_app_servers(cluster, tmp_path):
    pages, search_paths = site_urls(cluster.url, limit=40)
    assert len(pages) > 10 and search_paths
    urls = url_mix(pages, search_paths)
    urls += API_URLS * max(1, len(urls) // 10)  # about one request in eleven is the API
    cluster.haproxy_command("set server portal/app2 state maint")
    one = run_wrk(cluster.url, urls, LOAD_SECONDS, CONNECTIONS, tmp_path)
    cluster.haproxy_command("set server portal/app2 state ready")
    before, replica_before = served_by_counts(cluster), replica_transactions(cluster)
    two = run_wrk(cluster.url, urls, LOAD_SECONDS, CONNECTIONS, tmp_path)
    after = served_by_counts(cluster)
    time.sleep(1.1)  # a PostgreSQL backend publishes its statistics at most once a second
    replica_reads = replica_transactions(cluster) - replica_before
    spread = {name: after[name] - before.get(name, 0) for name in ("app1", "app2")}
    for label, figures in (("one app server", one), ("two app servers", two)):
        record(
            f"mixed load through haproxy, {label}: {figures['requests']} requests in {figures['duration_s']:.1f} s "
            f"= {figures['requests'] / figures['duration_s']:.1f} requests/s at {CONNECTIONS} connections, "
            f"p50 {figures['latency_ms']['p50']} ms, p99 {figures['latency_ms']['p99']} ms, "
            f"5xx {figures['status_5xx']}, 4xx {figures['status_4xx']}, socket errors {figures['socket_errors']}"
        )
    record(f"  {len(pages)} pages, {len(search_paths)} search forms, the API; spread over app servers {spread}")
    record(f"  transactions on the replica during the two-server run: {replica_reads}")
    for figures in (one, two):
        assert figures["requests"] > 20
        assert errors_of(figures) == 0
        assert figures["status_4xx"] == 0
    assert min(spread.values()) > two["requests"] / 5, spread
    assert replica_reads > two["requests"] / 4, "public reads do not reach the replica"


def test_the_contact_limit_holds_across_both_app_servers(cluster):
    visitor = Client(cluster.url)
    forms = []
    for _ in range(7):  # each form is used once: fetch a fresh one for every message
        status, body, _ = visitor.request("/contact/")
        assert status == 200
        forms.append(dict(form_fields(body)))
    time.sleep(3.2)  # the signed timestamp refuses a form sent back within 3 seconds
    answers = []
    for number, fields in enumerate(forms, 1):
        fields.update(
            name="Cluster Test",
            email="cluster@example.org",
            subject=f"Bericht {number}",
            message="Een bericht door haproxy, naar een van beide app servers.",
        )
        status, _, served_by = visitor.request("/contact/", fields)
        answers.append((status, served_by))
    with primary(cluster) as connection:
        stored = connection.execute("SELECT count(*) FROM contact_contactmessage").fetchone()[0]
    record(f"contact form, 7 messages from one address through haproxy: {answers}; stored {stored}")
    assert [status for status, _ in answers] == [302] * 5 + [429] * 2
    assert {served_by for _, served_by in answers} == {"app1", "app2"}
    assert stored == 5


def test_an_editors_save_shows_at_once_to_her_and_to_the_public_within_the_replica_lag(cluster):
    [(article_id, slug, title)] = published_articles(cluster, 1)
    public_path = f"/artikelen/{urllib.parse.quote(slug)}/"
    editor = logged_in_editor(cluster)

    # With the replica's replay paused, a save exists on the primary only: the editor sees it at
    # once, a visitor (who reads from the replica) not yet.
    cluster.psql(cluster.ports["replica"], "SELECT pg_wal_replay_pause()")
    try:
        paused = f"(paused {time.time():.0f})"  # no character the page would escape
        assert save_title(editor, article_id, f"{title} {paused}") == 302
        status, body, _ = editor.request(public_path)
        assert status == 200
        assert paused in body, "the editor's next request does not show her own save"
        status, body, _ = Client(cluster.url).request(public_path)
        assert status == 200
        assert paused not in body, "a visitor's page did not come from the replica"
    finally:
        cluster.psql(cluster.ports["replica"], "SELECT pg_wal_replay_resume()")

    # Replaying: how long a save takes to reach the replica, and a visitor's page.
    marker = f"(cluster {time.time():.0f})"
    with primary(cluster) as on_primary, replica(cluster) as on_replica:
        assert save_title(editor, article_id, f"{title} {marker}") == 302
        saved_at = time.monotonic()
        lsn = on_primary.execute("SELECT pg_current_wal_lsn()").fetchone()[0]
        while not on_replica.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [str(lsn)]).fetchone()[0]:
            assert time.monotonic() - saved_at < 10, "the replica did not replay the save within 10 s"
            time.sleep(0.001)
        replayed = time.monotonic() - saved_at
    # PostgreSQL's own measure: from the primary's flush of the save to the replica's report of its replay.
    replay_lag = cluster.psql(cluster.ports["primary"], "SELECT replay_lag FROM pg_stat_replication").strip()
    visitor = Client(cluster.url)
    while marker not in visitor.request(public_path)[1]:
        assert time.monotonic() - saved_at < 10, "the public page did not show the save within 10 s"
        time.sleep(0.005)
    public = time.monotonic() - saved_at
    record(
        "editor's save with the replica's replay paused: on her next request at once (primary), "
        "not on a visitor's (replica)"
    )
    record(
        f"editor's save, replaying: replayed on the replica by the first query {replayed * 1000:.0f} ms after "
        f"the admin's answer (pg_stat_replication.replay_lag {replay_lag or 'idle'}), "
        f"on the public page after {public * 1000:.0f} ms"
    )


def test_killing_an_app_server_mid_load_loses_no_request_and_no_save(cluster, tmp_path):
    pages, search_paths = site_urls(cluster.url, limit=30)
    urls = url_mix(pages, search_paths) + API_URLS * 5
    [(article_id, _, title)] = published_articles(cluster, 2)[1:]
    with primary(cluster) as connection:
        history_before = connection.execute(
            "SELECT count(*) FROM articles_historicalarticle WHERE id = %s", [article_id]
        ).fetchone()[0]
    editor = logged_in_editor(cluster)
    saves = {"acknowledged": [], "failed": []}
    attempts = []  # titles in the order they were sent
    load = {}
    stop_saving = threading.Event()

    def keep_saving():
        number = 0
        while not stop_saving.is_set():
            number += 1
            new_title = f"{title} (save {number})"
            try:
                status = save_title(editor, article_id, new_title)
            except OSError:
                status = None
            saves["acknowledged" if status == 302 else "failed"].append((new_title, status))
            attempts.append(new_title)

    def run_load():
        load.update(run_wrk(cluster.url, urls, 6, CONNECTIONS, tmp_path))

    retries_before = haproxy_counters(cluster, "wretr")["BACKEND"]
    threads = [threading.Thread(target=keep_saving), threading.Thread(target=run_load)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    cluster.processes["app2"].kill()
    killed_at = time.monotonic()
    threads[1].join()
    stop_saving.set()
    threads[0].join()
    states = cluster.server_states()
    retried = haproxy_counters(cluster, "wretr")["BACKEND"] - retries_before
    with primary(cluster) as connection:
        history_after, final_title = connection.execute(
            "SELECT (SELECT count(*) FROM articles_historicalarticle WHERE id = %s), "
            "(SELECT title FROM articles_article WHERE id = %s)",
            [article_id, article_id],
        ).fetchone()
    written = history_after - history_before
    with replica(cluster) as connection:  # the replica holds the same, once it has replayed the primary's log
        deadline = time.monotonic() + 10
        while connection.execute("SELECT title FROM articles_article WHERE id = %s", [article_id]).fetchone()[0] != (
            final_title
        ):
            assert time.monotonic() < deadline, "the replica did not catch up with the primary"
            time.sleep(0.01)
    record(
        f"app2 killed (SIGKILL to its process group) 2 s into 6 s of load: {load['requests']} requests, "
        f"5xx {load['status_5xx']}, socket errors {load['socket_errors']}, {retried} retried by haproxy on app1; "
        f"haproxy then: {states}; "
        f"editor's saves during it: {len(saves['acknowledged'])} acknowledged, {len(saves['failed'])} failed "
        f"{[status for _, status in saves['failed']]}, {written} written"
    )
    assert states["app2"] == "DOWN"
    # At most the requests app2 was serving when it died (haproxy sends it at most maxconn 32 at once)
    # may fail; haproxy retries a GET that got no answer on the other server.
    assert errors_of(load) <= 32
    assert load["requests"] > 20
    assert saves["acknowledged"], "no save went through while the load ran"
    # Every acknowledged save is in the database; one in flight on app2 may or may not be.
    assert len(saves["acknowledged"]) <= written <= len(saves["acknowledged"]) + len(saves["failed"])
    # The article holds the last acknowledged save, or one sent after it whose answer was lost.
    assert final_title in attempts[attempts.index(saves["acknowledged"][-1][0]) :]

    # The machine comes back: haproxy sends it traffic again once its check passes.
    cluster.start_app("app2", cluster.env, port=cluster.ports["app2"])
    deadline = time.monotonic() + 10
    while cluster.server_states()["app2"] != "UP":
        assert time.monotonic() < deadline, "haproxy did not take app2 back"
        time.sleep(0.1)
    record(f"  app2 started again: back in haproxy's rotation {time.monotonic() - killed_at:.1f} s after the kill")


def test_with_the_replica_stopped_public_pages_answer_from_the_primary(cluster):
    cluster.stop_postgres("replica")
    started = time.monotonic()
    statuses = [Client(cluster.url).request(path)[0] for _ in range(5) for path in PUBLIC_PATHS]
    elapsed = time.monotonic() - started
    record(
        f"replica stopped: {len(statuses)} public requests, statuses {sorted(set(statuses))}, "
        f"{elapsed / len(statuses) * 1000:.0f} ms each on average"
    )
    assert statuses == [200] * len(statuses)


def test_with_redis_stopped_pages_still_answer(cluster):
    cluster.processes["redis"].stop()
    time.sleep(1.5)  # haproxy's checks see /readyz fail (fall 2 x 500 ms); the backups take over
    started = time.monotonic()
    statuses = [Client(cluster.url).request(path)[0] for _ in range(5) for path in PUBLIC_PATHS]
    elapsed = time.monotonic() - started
    readyz = {name: http_status(f"http://127.0.0.1:{cluster.ports[name]}/readyz") for name in ("app1", "app2")}
    record(
        f"redis stopped: {len(statuses)} public requests, statuses {sorted(set(statuses))}, "
        f"{elapsed / len(statuses) * 1000:.0f} ms each on average; /readyz {readyz}; "
        f"haproxy: {cluster.server_states()} (the unchecked backups serve)"
    )
    assert statuses == [200] * len(statuses)


def test_the_systemd_units_pass_systemd_analyze(tmp_path):
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed")
    units = []
    for unit in (ROOT / "deploy" / "systemd").iterdir():
        # Pointed at this checkout, so that the commands they run exist.
        text = unit.read_text().replace("/srv/ckm/portal", str(ROOT)).replace("/etc/ckm/portal.env", "-/nonexistent")
        units.append(tmp_path / unit.name)
        units[-1].write_text(text)
    result = subprocess.run(
        ["systemd-analyze", "verify", *map(str, units)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""


def test_the_production_haproxy_configuration_is_valid(tmp_path):
    """deploy/haproxy.cfg as a sysadmin installs it, with a throw-away certificate where it expects one."""
    ensure_packages()
    certs = tmp_path / "certs"
    certs.mkdir()
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=kennisbank.example.org",
         "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        capture_output=True, check=True,
    )  # fmt: skip
    (certs / "kennisbank.pem").write_text((tmp_path / "cert.pem").read_text() + (tmp_path / "key.pem").read_text())
    config = tmp_path / "haproxy.cfg"
    config.write_text((ROOT / "deploy" / "haproxy.cfg").read_text().replace("/etc/haproxy/certs/", f"{certs}/"))
    result = subprocess.run(["haproxy", "-c", "-f", str(config)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[WARNING]" not in result.stdout + result.stderr
