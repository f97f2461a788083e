from django.shortcuts import get_object_or_404, render

from articles.models import Article
from ckm_portal.core.page_cache import cached_for_visitors
from ckm_portal.core.pagination import render_list
from partners.filters import PartnerFilterSet
from partners.models import Partner
from partners.selectors import partner_projects

PARTNERS_PER_PAGE = 24
SHOWN_ARTICLES = 10


@cached_for_visitors
def partner_list(request):
    filterset = PartnerFilterSet(request.GET or None, queryset=Partner.objects.with_listing_relations())
    return render_list(
        request, "partners/partner_list.html", filterset, filterset.qs.order_by("name"), PARTNERS_PER_PAGE
    )


@cached_for_visitors
def partner_detail(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    topics = list(partner.topics.all().by_kind().public())
    articles = (
        Article.objects.published()
        .filter(pk__in=Article.objects.filter(topics__in=topics).values("pk"))
        .newest_first()[:SHOWN_ARTICLES]
        if topics
        else []
    )
    context = {
        "partner": partner,
        "topics": topics,
        "projects": list(partner_projects(partner)),
        "coalitions": list(partner.coalitions.order_by("name")),
        "members": list(partner.members.order_by("name")),
        "articles": list(articles),
    }
    return render(request, "partners/partner_detail.html", context)
