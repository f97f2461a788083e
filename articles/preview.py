"""Staff-only preview of any article, draft or not, with the public article template."""

from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache

from articles.models import Article
from articles.selectors import article_detail_context
from ckm_portal.core.db_router import reads_from_primary


@reads_from_primary  # an editor previews what was just saved
@never_cache
@staff_member_required
def article_preview(request, pk):
    if not request.user.has_perm("articles.view_article"):
        raise PermissionDenied
    article = get_object_or_404(Article.objects.select_related("translation"), pk=pk)
    response = render(request, "articles/article_detail.html", article_detail_context(article) | {"preview": True})
    # A preview is never for search engines, even if its link leaks.
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
