"""The rows of the search corpus (search_corpus.toml): its topics, then the articles, projects and partners."""

import tomllib
from pathlib import Path

from articles.models import Status
from tests.factories import make_article, make_partner, make_project, make_topic

CORPUS = tomllib.loads((Path(__file__).parent / "search_corpus.toml").read_text(encoding="utf-8"))


def make_topics():
    """The corpus's topics by key, e.g. ``topics["nigeria"]``."""
    return {key: make_topic(**fields) for key, fields in CORPUS["topics"].items()}


def make_corpus(topics):
    """The corpus's articles by key, tagged with ``topics``; its projects and partners are only saved."""

    def tagged(fields):
        return {**fields, "topics": [topics[key] for key in fields.get("topics", ())]}

    articles = {
        key: make_article(**{"status": Status.PUBLISHED, **tagged(fields)})
        for key, fields in CORPUS["articles"].items()
    }
    for fields in CORPUS["projects"]:
        make_project(**tagged(fields))
    for fields in CORPUS["partners"]:
        make_partner(**tagged(fields))
    return articles
