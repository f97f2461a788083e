import django_filters
from django.utils.translation import gettext_lazy as _

from ckm_portal.core.search_backend import SearchTextFilter
from ckm_portal.topics.filters import TopicFilter, curated_topics
from projects.models import Project, ProjectStatus


class ProjectFilterSet(django_filters.FilterSet):
    q = SearchTextFilter()
    status = django_filters.ChoiceFilter(choices=ProjectStatus.choices, label=_("Status"), empty_label=_("All"))
    topic = TopicFilter(queryset=curated_topics, label=_("Topic or country"))

    class Meta:
        model = Project
        fields = ["q", "status", "topic"]
