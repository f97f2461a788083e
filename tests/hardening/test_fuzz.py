"""Bad input on every public URL: odd values in every GET parameter, path segment and form.

The URLs come from the resolver and a crawl (see site.py), so pages added later
are fuzzed too. Every answer must be below 500 and the database must not change.
"""

from urllib.parse import quote, urlencode

import pytest
from django.db import connection
from django.test import Client

from tests.factories import make_content
from tests.support.figures import record_figure
from tests.support.site import crawl

# Hundreds of requests with odd input: half a minute.
pytestmark = pytest.mark.slow

ODD_VALUES = [
    "",
    " ",
    "onbekend",
    "' OR '1'='1",
    "1; DROP TABLE articles_article; --",
    '" UNION SELECT username, password FROM auth_user --',
    "%",
    "_",
    "\\",
    "a" * 10_000,
    "mensenhandel " * 800,
    "\x00",
    "voo\x00doo",
    "\u202e\u200b\ufeff",
    "\U0001d533\U0001d52c\U0001d52c\U0001d521\U0001d52c\U0001d52c \U0001f648",  # fraktur and an emoji
    "-1",
    "0",
    "2147483648",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "1.5",
    "\uff10\uff11",  # full-width digits
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "nl:ng:en:*:&|!()",
]
# Percent-escapes that decode to no valid UTF-8, sent as they are.
BROKEN_ESCAPES = ["%ff%fe", "%c0%af", "%ed%a0%80", "%e2%82", "%00", "%"]
# Each parameter alone gets these; all parameters at once get every odd value.
SHARP_VALUES = ["onbekend", "' OR '1'='1", "a" * 10_000, "voo\x00doo", "-1", "99999999999999999999999999", "NaN"]
COMMON_PARAMETERS = {"q", "page", "sort", "order", "type", "topic", "country", "year", "language"}


def table_checksums():
    checksums = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            row_text = "string_agg(t::text, '' ORDER BY t::text)"
            cursor.execute(f"SELECT count(*), md5(coalesce({row_text}, '')) FROM \"{table}\" t")  # noqa: S608
            checksums[table] = cursor.fetchone()
    return checksums


def fuzz_requests(site):
    """(method, url, data) for every view: parameters alone, all at once, repeated, broken; odd path segments."""
    for name, urls in sorted(site.pages.items()):
        path = urls[0].split("?")[0]
        parameters = sorted(site.parameters.get(name, set()) | COMMON_PARAMETERS)
        for parameter in parameters:
            for value in SHARP_VALUES:
                yield "get", f"{path}?{urlencode({parameter: value})}", None
        for value in ODD_VALUES:
            yield "get", f"{path}?{urlencode(dict.fromkeys(parameters, value))}", None
        yield "get", f"{path}?{urlencode([(p, v) for p in parameters for v in ('1', '-5', 'x')])}", None
        for escape in BROKEN_ESCAPES:
            yield "get", f"{path}?{'&'.join(f'{p}={escape}' for p in parameters)}", None
            yield "get", f"{path}{escape}", None
            segments = path.rstrip("/").split("/")
            if len(segments) > 2:  # a slug or other argument at the end: replace it
                yield "get", "/".join([*segments[:-1], escape]) + "/", None
        for value in ("a" * 10_000, "' OR 1=1 --", "..", "%2e%2e", "-1", "99999999999999999999"):
            segments = path.rstrip("/").split("/")
            if len(segments) > 2:
                yield "get", "/".join([*segments[:-1], quote(value, safe="%")]) + "/", None
    for action, fields in sorted(site.post_forms.items()):
        for value in ODD_VALUES:
            yield "post", action, dict.fromkeys(fields, value)
        yield "post", action, {}


@pytest.mark.django_db
def test_odd_input_never_gives_a_server_error_nor_changes_the_database(django_db_blocker):
    for text in ("Voodoo en eden", "Gedwongen huwelijk", "Loverboys"):
        make_content(text)
    anonymous = Client(raise_request_exception=False)
    site = crawl(anonymous)
    before = table_checksums()

    statuses, server_errors = [], []
    for method, url, data in fuzz_requests(site):
        response = getattr(anonymous, method)(url, data) if data is not None else getattr(anonymous, method)(url)
        statuses.append(response.status_code)
        if response.status_code >= 500:
            server_errors.append((method, url[:200], response.status_code))

    after = table_checksums()
    changed = {table for table in before if before[table] != after[table]}
    record_figure(
        f"fuzz: {len(statuses)} requests over {len(site.pages)} views and {len(site.post_forms)} forms, "
        f"{len(server_errors)} answered 5xx, {sum(400 <= s < 500 for s in statuses)} answered 4xx"
    )
    assert len(statuses) > 1000
    assert not server_errors, server_errors[:20]
    assert not changed, changed
