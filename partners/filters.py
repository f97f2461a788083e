import django_filters
from django.utils.translation import gettext_lazy as _

from articles.filters import TopicFilter
from ckm_portal.topics.models import Topic
from partners.models import Partner, PartnerKind, Scope


def expertise_topics(request):
    return Topic.objects.curated().order_by("kind", "name")


class PartnerFilterSet(django_filters.FilterSet):
    topic = TopicFilter(queryset=expertise_topics, label=_("Expertise"))
    kind = django_filters.ChoiceFilter(
        choices=PartnerKind.choices, label=_("Kind of organisation"), empty_label=_("All")
    )
    scope = django_filters.ChoiceFilter(
        choices=Scope.choices, label=_("National or international"), empty_label=_("All")
    )

    class Meta:
        model = Partner
        fields = ["topic", "kind", "scope"]
