"""The one HTML allowlist for rich text (article bodies, project descriptions and results).

The admin's editor (django-prose-editor) offers exactly the ``EXTENSIONS`` below,
and the server allows exactly the HTML those extensions produce: the nh3
allowlist is derived from the same dict, so the two cannot drift apart. The
models clean their rich-text fields in ``save()`` with ``clean_html``, so HTML
that arrives by any route (the admin, an import, the shell) is stored clean,
whatever the browser sent.

Titles and summaries are plain text: they are never cleaned here but escaped by
the templates like any other text.
"""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import urlsplit

import nh3
from django_prose_editor.config import allowlist_from_extensions, expand_extensions

EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "Typographic": True,
}

# Every link gets this rel; the editor's own rel attribute is therefore not allowed.
LINK_REL = "noopener noreferrer"


@cache
def _cleaner() -> nh3.Cleaner:
    # Built on first use: expanding the extensions reads the editor's settings.
    allowlist = allowlist_from_extensions(expand_extensions(EXTENSIONS))
    attributes = {tag: set(names) - {"rel"} for tag, names in allowlist["attributes"].items()}
    return nh3.Cleaner(
        tags=set(allowlist["tags"]),
        attributes=attributes,
        url_schemes=set(allowlist["url_schemes"]),
        link_rel=LINK_REL,
        strip_comments=True,
    )


def clean_html(html: str | None) -> str:
    """Rich text reduced to the allowlist; empty editor output (``<p></p>``) becomes ""."""
    if not html:
        return ""
    cleaned: str = _cleaner().clean(html).strip()
    return "" if cleaned in {"<p></p>", "<p><br></p>"} else cleaned


def web_url(url: str | None) -> str:
    """A link to the web (http or https), or "" for anything else, such as ``javascript:``.

    Source URLs and websites are printed into ``href``; the admin form already
    refuses other schemes, this keeps imports and the shell to the same rule.
    """
    url = (url or "").strip()
    return url if urlsplit(url).scheme.lower() in {"http", "https"} else ""


def editor_config() -> dict[str, Any]:
    """The config for ``ProseEditorFormField``: the same extensions the allowlist comes from."""
    return {"extensions": EXTENSIONS}
