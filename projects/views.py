from django.db.models import F
from django.shortcuts import get_object_or_404, render

from ckm_portal.pagination import paginate
from projects.filters import ProjectFilterSet
from projects.models import Project

PROJECTS_PER_PAGE = 20


def project_list(request):
    filterset = ProjectFilterSet(request.GET or None, queryset=Project.objects.with_listing_relations())
    projects = filterset.qs.order_by(F("start_date").desc(nulls_last=True), "title")
    return render(
        request,
        "projects/project_list.html",
        {"filterset": filterset, "page_obj": paginate(request, projects, PROJECTS_PER_PAGE)},
    )


def project_detail(request, slug):
    project = get_object_or_404(Project, slug=slug)
    context = {
        "project": project,
        "topics": list(project.topics.order_by("kind", "name").public()),
        "partners": list(project.partners.order_by("name")),
        "funders": list(project.funders.order_by("name")),
        "articles": list(project.related_articles.published().newest_first()),
    }
    return render(request, "projects/project_detail.html", context)
