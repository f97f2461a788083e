"""The shapes of the API's answers (pinned by tests/api/test_contract.py and described in ``openapi``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation

from articles.models import Article, ArticleType, Attachment
from articles.selectors import public_translation
from ckm_portal.core.editorial import Language
from ckm_portal.core.sanitize import clean_html
from ckm_portal.topics.models import Topic

FIELDS = ("slug", "title", "summary", "article_type", "language", "source_name", "source_url")
# Fields of some types only: null when empty.
TYPE_FIELDS = (
    *("publication_date", "authors", "publisher", "doi", "isbn"),  # publications and books
    *("ecli", "court", "decision_date"),  # case law
    *("event_place", "event_start", "event_end"),  # events
)


def moment(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def absolute_url(request: HttpRequest, item: Article | Attachment) -> str:
    # The API speaks Dutch URLs, whatever the language of the request.
    with translation.override(settings.LANGUAGE_CODE):
        return request.build_absolute_uri(item.get_absolute_url())


def topic_data(topic: Topic) -> dict[str, Any]:
    data = {"slug": topic.slug, "name": topic.name, "name_en": topic.name_en, "kind": topic.kind}
    if topic.is_country:
        data["iso_code"] = topic.iso_code
    return data


def last_change(article: Article) -> datetime:
    """When the article last changed as the public sees it: edited, or gone public at its moment."""
    return max(article.updated_at, article.published_at or article.updated_at)


def article_summary(article: Article, request: HttpRequest) -> dict[str, Any]:
    """One article of a list: rows loaded with ``with_listing_relations()``."""
    data: dict[str, Any] = {field: getattr(article, field) for field in FIELDS}
    data["published_at"] = moment(article.published_at)
    data["updated_at"] = moment(article.updated_at)
    data["url"] = absolute_url(request, article)
    data["topics"] = [topic_data(topic) for topic in article.listed_topics]  # type: ignore[attr-defined]
    return data


def article_detail(article: Article, request: HttpRequest) -> dict[str, Any]:
    """One article in full: loaded with its translation, ``listed_topics`` and attachments (``views.article``)."""
    data = article_summary(article, request)
    listed = article.listed_topics  # type: ignore[attr-defined]
    data["countries"] = [topic_data(topic) for topic in listed if topic.is_country]
    # Stored clean already; cleaned again as the page's allowlist, whatever route a row came by.
    data["body"] = clean_html(article.body)
    for field in TYPE_FIELDS:
        value = getattr(article, field)
        data[field] = moment(value) if isinstance(value, date) else (value or None)
    data["attachments"] = [
        {"title": attachment.title, "filename": attachment.filename, "url": absolute_url(request, attachment)}
        for attachment in article.attachments.all()
    ]
    other = public_translation(article)
    data["translation"] = (
        {"slug": other.slug, "language": other.language, "url": absolute_url(request, other)} if other else None
    )
    return data


def vocabulary(topics: Iterable[Topic]) -> dict[str, Any]:
    """The values the list's filters take: topics, countries (by slug or ISO code), types and languages."""
    topics = list(topics)

    def names(label: Any) -> dict[str, str]:
        found = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                found[code] = str(label)
        return found

    return {
        "topics": [topic_data(topic) for topic in topics if not topic.is_country],
        "countries": [topic_data(topic) for topic in topics if topic.is_country],
        "types": [{"value": value, "names": names(label)} for value, label in ArticleType.choices],
        "languages": [{"value": value, "names": names(label)} for value, label in Language.choices],
    }
