from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from articles import attachments, exports
from articles.models import Article
from articles.selectors import article_detail_context, filtered_articles, public_version
from ckm_portal.core.page_cache import cached_for_visitors, kept_for_visitors
from ckm_portal.core.pagination import paginate, render_list

ARTICLES_PER_PAGE = 20


@cached_for_visitors
def article_list(request):
    filterset, articles = filtered_articles(request.GET, request=request)
    return render_list(request, "articles/article_list.html", filterset, articles, ARTICLES_PER_PAGE)


def article_version(request, slug):
    # Checked on every request: an edit shows at once, and an article taken offline answers 404 at once.
    return public_version(slug)


@kept_for_visitors(article_version)
def article_detail(request, slug):
    article = get_object_or_404(Article.objects.published().select_related("translation"), slug=slug)
    context = article_detail_context(article)
    context.update(exports.citation_context(request, context))
    return render(request, "articles/article_detail.html", context)


@require_safe
def cite(request, slug, fmt):
    """One published article as a RIS or BibTeX file."""
    article = get_object_or_404(Article.objects.published().with_listing_relations(), slug=slug)
    return exports.export_response(request, [article], fmt, article.slug)


@require_safe
def list_export(request, fmt):
    """The articles of one list page, with its filters and page number, as RIS or BibTeX."""
    _filterset, articles = filtered_articles(request.GET, request=request)
    page = paginate(request, articles, ARTICLES_PER_PAGE)
    return exports.export_response(request, list(page.object_list), fmt, f"ckm-artikelen-{page.number}")


@require_safe
def attachment(request, slug, pk, filename):
    # Never behind cached_for_visitors: whether a PDF may be seen changes with its article's status.
    found, public = attachments.attachment_for(request, slug=slug, pk=pk, filename=filename)
    return attachments.attachment_response(request, found, public)
