"""RIS and BibTeX downloads: one article, or the articles of one list or search page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.http import HttpRequest, HttpResponse

from articles import citations
from articles.models import Article

FORMATS = {
    "ris": ("application/x-research-info-systems", "ris"),
    "bib": ("application/x-bibtex", "bib"),
}


def keywords(article: Article) -> list[str]:
    """The public topics the list prefetched (``listed_topics``), or those the page passes on."""
    return [topic.display_name for topic in getattr(article, "listed_topics", [])]


def export_text(request: HttpRequest, articles: Sequence[Article], fmt: str) -> str:
    urls = [request.build_absolute_uri(article.get_absolute_url()) for article in articles]
    if fmt == "ris":
        return citations.to_ris(
            citations.ris_fields(article, url, keywords(article)) for article, url in zip(articles, urls, strict=True)
        )
    return citations.to_bibtex(
        citations.bibtex_entry(article, url, keywords(article)) for article, url in zip(articles, urls, strict=True)
    )


def export_response(request: HttpRequest, articles: Sequence[Article], fmt: str, filename: str) -> HttpResponse:
    """A download of ``articles`` as RIS or BibTeX (``fmt`` is a key of FORMATS)."""
    content_type, extension = FORMATS[fmt]
    response = HttpResponse(export_text(request, articles, fmt), content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response


def citation_context(request: HttpRequest, context: dict[str, Any]) -> dict[str, Any]:
    """What the article page's head and "how to cite" need, from ``article_detail_context``'s rows; no queries."""
    article: Article = context["article"]
    url = request.build_absolute_uri(article.get_absolute_url())
    names = [topic.display_name for topic in [*context["subject_topics"], *context["countries"]]]
    pdfs = [request.build_absolute_uri(attachment.get_absolute_url()) for attachment in context["attachments"]]
    return {
        "citation_line": citations.citation_line(article, url),
        "citation_meta": citations.meta_tags(article, url, pdfs),
        "json_ld": citations.json_ld_script(citations.json_ld(article, url, names)),
        "ecli_url": citations.ecli_url(article.ecli),
    }
