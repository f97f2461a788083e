import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from articles.filters import TopicFilter
from ckm_portal.topics.models import Topic
from partners.models import Partner, PartnerKind, Scope
from projects.models import Project


def partners_for_topic(topic, queryset=None):
    """Organisations with expertise on a topic: tagged with it, or partner or funder of a project on it."""
    queryset = Partner.objects.all() if queryset is None else queryset
    projects = Project.objects.for_topic(topic).values("pk")
    return queryset.filter(
        Q(pk__in=Partner.objects.for_topic(topic).values("pk"))
        | Q(pk__in=Project.partners.through.objects.filter(project__in=projects).values("partner"))
        | Q(pk__in=Project.funders.through.objects.filter(project__in=projects).values("partner"))
    )


def expertise_topics(request):
    return Topic.objects.public().curated().order_by("kind", "name")


class PartnerFilterSet(django_filters.FilterSet):
    topic = TopicFilter(queryset=expertise_topics, label=_("Expertise"), method="filter_topic")
    kind = django_filters.ChoiceFilter(
        choices=PartnerKind.choices, label=_("Kind of organisation"), empty_label=_("All")
    )
    scope = django_filters.ChoiceFilter(
        choices=Scope.choices, label=_("National or international"), empty_label=_("All")
    )

    class Meta:
        model = Partner
        fields = ["topic", "kind", "scope"]

    def filter_topic(self, queryset, name, value):
        return partners_for_topic(value, queryset)
