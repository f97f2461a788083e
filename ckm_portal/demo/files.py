"""Read the demo content from the data files under ``content/``.

- ``topics.toml``: every topic, a list of ``[[topic]]`` tables.
- ``partners/<slug>.toml``: one partner organisation per file.
- ``projects/<slug>.md`` and ``articles/<slug>.md``: TOML front matter between ``+++`` lines, then
  the project's description or the article's body in Markdown.
- ``dossiers/<topic slug>.md``: a topic's dossier, front matter ``key_documents`` (article slugs in the
  order the page shows them), then the Dutch introduction in Markdown; ``dossiers/<topic slug>.en.md``
  holds the English introduction (Markdown alone, no front matter).

A file's name is its item's slug. Each reader returns plain dicts, the field names of the models
plus the slugs the item links to (``topics``, ``coalitions``, ``funders``, ``partners``,
``related_articles``) and ``file``, the path that error messages name.
"""

import datetime as dt
import tomllib
from pathlib import Path

from markdown_it import MarkdownIt

CONTENT_DIR = Path(__file__).resolve().parent / "content"
FRONT_MATTER = "+++"

TOPIC_KEYS = {"slug", "name", "name_en", "kind", "iso_code", "description_nl", "description_en", "aliases"}
PARTNER_KEYS = {
    *("name", "abbreviation", "kind", "scope", "country", "website", "description_nl", "description_en"),
    *("topics", "coalitions"),
}
PROJECT_KEYS = {
    *("title", "summary", "results", "status", "start_date", "end_date", "is_featured"),
    *("topics", "funders", "partners", "related_articles"),
}
ARTICLE_KEYS = {
    *("title", "summary", "article_type", "language", "publication_date", "status", "source_name", "source_url"),
    *("authors", "court", "ecli", "decision_date", "publisher", "doi", "isbn", "topics", "scheduled"),
    # Events: TOML date-times (a local one is Amsterdam time) and a place.
    *("event_start", "event_end", "event_place"),
    # The slug of the same article in the other language, on one side of the pair or both; load_demo links both.
    "translation",
}

DATE_KEYS = {"publication_date", "decision_date", "start_date", "end_date"}


class ContentFileError(Exception):
    """A data file that cannot be read; the message starts with its path."""

    def __init__(self, path, problem):
        super().__init__(f"{path}: {problem}")


def _markdown_parser():
    parser = MarkdownIt("commonmark", {"html": False})
    # A line break inside a paragraph is a space, as in the editor, so an editor may wrap lines freely.
    parser.add_render_rule("softbreak", lambda *args: " ")
    return parser


_MARKDOWN = _markdown_parser()


def markdown_to_html(text):
    """The HTML the admin's editor writes: block elements side by side, without newlines between them."""
    tokens = _MARKDOWN.parse(text)
    for token in tokens:
        token.block = False
    return _MARKDOWN.renderer.render(tokens, _MARKDOWN.options, {})


def _parse_toml(path, text):
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentFileError(path, f"not valid TOML: {error}") from error


def _read_text(path):
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ContentFileError(path, f"cannot be read: {error}") from error


def _check_keys(path, data, allowed, required=("topics",)):
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ContentFileError(path, f"unknown keys: {', '.join(unknown)}")
    missing = [key for key in required if key not in data]
    if missing:
        raise ContentFileError(path, f"missing keys: {', '.join(missing)}")
    for key in sorted(DATE_KEYS & set(data)):
        # A quoted date is a string to TOML; the loader needs a date.
        if type(data[key]) is not dt.date:
            raise ContentFileError(path, f"{key} must be a date written without quotes, such as 2014-10-27")


def _split_front_matter(path):
    text = _read_text(path)
    lines = text.split("\n")
    if lines[0].strip() != FRONT_MATTER:
        raise ContentFileError(path, f"the file must start with a {FRONT_MATTER} line opening its front matter")
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() == FRONT_MATTER:
            return _parse_toml(path, "\n".join(lines[1:number])), "\n".join(lines[number + 1 :])
    raise ContentFileError(path, f"the front matter has no closing {FRONT_MATTER} line")


def _files(directory, suffix):
    return sorted(directory.glob(f"*{suffix}"))


def read_topics(directory=CONTENT_DIR):
    path = directory / "topics.toml"
    data = _parse_toml(path, _read_text(path))
    _check_keys(path, data, {"topic"}, required=("topic",))
    if not isinstance(data["topic"], list):
        raise ContentFileError(path, "each topic is a [[topic]] table, with double brackets")
    topics = {}
    for number, table in enumerate(data["topic"], start=1):
        _check_keys(f"{path}, topic {number}", table, TOPIC_KEYS, required=("slug", "name", "kind"))
        if table["slug"] in topics:
            raise ContentFileError(path, f"the slug {table['slug']} is used by two topics")
        topics[table["slug"]] = table | {"file": f"{path}, topic {table['slug']}"}
    return list(topics.values())


def read_partners(directory=CONTENT_DIR):
    partners = []
    for path in _files(directory / "partners", ".toml"):
        data = _parse_toml(path, _read_text(path))
        _check_keys(path, data, PARTNER_KEYS, required=("name", "kind", "topics"))
        partners.append(data | {"slug": path.stem, "file": str(path)})
    return partners


def _read_markdown_items(directory, allowed, body_field):
    items = []
    for path in _files(directory, ".md"):
        data, body = _split_front_matter(path)
        _check_keys(path, data, allowed, required=("title", "status", "topics"))
        items.append(data | {"slug": path.stem, body_field: markdown_to_html(body), "file": str(path)})
    return items


def read_projects(directory=CONTENT_DIR):
    return _read_markdown_items(directory / "projects", PROJECT_KEYS, "description")


def read_articles(directory=CONTENT_DIR):
    return _read_markdown_items(directory / "articles", ARTICLE_KEYS, "body")


DOSSIER_KEYS = {"key_documents"}
ENGLISH_SUFFIX = ".en.md"


def read_dossiers(directory=CONTENT_DIR):
    """Each dossier as ``{"slug": topic slug, "key_documents", "introduction_nl", "introduction_en", "file"}``."""
    directory = directory / "dossiers"
    english = {path.name.removesuffix(ENGLISH_SUFFIX): path for path in _files(directory, ENGLISH_SUFFIX)}
    dossiers = []
    for path in _files(directory, ".md"):
        if path.name.endswith(ENGLISH_SUFFIX):
            continue
        data, body = _split_front_matter(path)
        _check_keys(path, data, DOSSIER_KEYS, required=("key_documents",))
        english_path = english.pop(path.stem, None)
        introduction_en = markdown_to_html(_read_text(english_path)) if english_path else ""
        dossiers.append(
            data
            | {"slug": path.stem, "introduction_nl": markdown_to_html(body), "introduction_en": introduction_en}
            | {"file": str(path)}
        )
    for path in english.values():
        raise ContentFileError(path, f"an English introduction without the Dutch dossier file {path.stem[:-3]}.md")
    return dossiers
