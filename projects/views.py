from django.shortcuts import get_object_or_404, render

from ckm_portal.core.page_cache import cached_for_visitors
from ckm_portal.core.pagination import render_list
from projects.filters import ProjectFilterSet
from projects.models import Project

PROJECTS_PER_PAGE = 20


@cached_for_visitors
def project_list(request):
    filterset = ProjectFilterSet(request.GET or None, queryset=Project.objects.with_listing_relations())
    return render_list(request, "projects/project_list.html", filterset, filterset.qs.newest_first(), PROJECTS_PER_PAGE)


@cached_for_visitors
def project_detail(request, slug):
    project = get_object_or_404(Project, slug=slug)
    context = {
        "project": project,
        "topics": list(project.topics.all().by_kind().public()),
        "partners": list(project.partners.order_by("name")),
        "funders": list(project.funders.order_by("name")),
        "articles": list(project.related_articles.published().newest_first()),
    }
    return render(request, "projects/project_detail.html", context)
