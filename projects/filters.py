import django_filters
from django.utils.translation import gettext_lazy as _

from articles.filters import TopicFilter
from ckm_portal.topics.models import Topic
from projects.models import Project, ProjectStatus


def project_topics(request):
    return Topic.objects.public().curated().order_by("kind", "name")


class ProjectFilterSet(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=ProjectStatus.choices, label=_("Status"), empty_label=_("All"))
    topic = TopicFilter(queryset=project_topics, label=_("Topic or country"))

    class Meta:
        model = Project
        fields = ["status", "topic"]
