"""Script payloads, and a check that a page renders none of them as markup a browser would run."""

from html.parser import HTMLParser

MARKER = "__xss"
PAYLOADS = [
    "<script>window.__xss=1</script>",
    '"><img src=x onerror="window.__xss=1">',
    "'><svg onload=window.__xss=1>",
    "</title></textarea><script>window.__xss=1</script>",
    '<a href="javascript:window.__xss=1">klik</a>',
    "javascript:window.__xss=1",
    "{{ window.__xss }}{% now 'Y' %}",
]
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
# Script elements of these types are data blocks (JSON-LD): browsers never run them. A payload that
# broke out of one would start a script element of its own, which is audited.
DATA_BLOCK_TYPES = {"application/ld+json", "application/json"}


class _Audit(HTMLParser):
    def __init__(self):
        super().__init__()
        self.findings, self._tag, self._runs = [], None, False

    def handle_starttag(self, tag, attrs):
        self._tag = tag
        self._runs = tag == "script" and (dict(attrs).get("type") or "").lower() not in DATA_BLOCK_TYPES
        for name, value in attrs:
            handler = name.startswith("on") and MARKER in (value or "")
            script_url = name in URL_ATTRIBUTES and (value or "").strip().lower().startswith("javascript:")
            if handler or script_url:
                self.findings.append(f"<{tag} {name}={value!r}>")

    def handle_data(self, data):
        if self._runs and MARKER in data:
            self.findings.append(f"<script>{data[:80]}</script>")


def executable_payloads(html):
    """What in ``html`` a browser would run: payload scripts, event handlers, javascript: URLs."""
    audit = _Audit()
    audit.feed(html)
    return audit.findings
