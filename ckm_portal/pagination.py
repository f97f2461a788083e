from django.core.paginator import Paginator
from django.db.models import QuerySet


class IdFirstPaginator(Paginator):
    """Picks a page's ids first, then loads those rows: a deep page skips index entries, not whole rows.

    ``OFFSET 10000`` over the full rows fetches and drops 10,000 of them; over the
    ids alone it walks the index. Still one query (the ids are a subquery).
    """

    def page(self, number):
        page = super().page(number)
        if isinstance(self.object_list, QuerySet):
            page.object_list = self.object_list.filter(pk__in=page.object_list.values("pk"))
        return page


def paginate(request, object_list, per_page):
    """The requested page; a page number out of range gives the last page, a non-number the first.

    Never an error: links to page 9 of a list that has since shrunk keep working.
    """
    return IdFirstPaginator(object_list, per_page).get_page(request.GET.get("page"))
