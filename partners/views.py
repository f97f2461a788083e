from django.db.models import F, Q
from django.shortcuts import get_object_or_404, render

from articles.models import Article
from ckm_portal.pagination import paginate
from partners.filters import PartnerFilterSet
from partners.models import Partner
from projects.models import Project

PARTNERS_PER_PAGE = 24
SHOWN_ARTICLES = 10


def partner_list(request):
    filterset = PartnerFilterSet(request.GET or None, queryset=Partner.objects.with_listing_relations())
    partners = filterset.qs.order_by("name")
    return render(
        request,
        "partners/partner_list.html",
        {"filterset": filterset, "page_obj": paginate(request, partners, PARTNERS_PER_PAGE)},
    )


def partner_detail(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    topics = list(partner.topics.order_by("kind", "name").public())
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
        "projects": list(
            Project.objects.filter(Q(partners=partner) | Q(funders=partner))
            .distinct()
            .order_by(F("start_date").desc(nulls_last=True), "title")
        ),
        "coalitions": list(partner.coalitions.order_by("name")),
        "members": list(partner.members.order_by("name")),
        "articles": list(articles),
    }
    return render(request, "partners/partner_detail.html", context)
