from django.core.paginator import Paginator


def paginate(request, object_list, per_page):
    """The requested page; a page number out of range gives the last page, a non-number the first.

    Never an error: links to page 9 of a list that has since shrunk keep working.
    """
    return Paginator(object_list, per_page).get_page(request.GET.get("page"))
