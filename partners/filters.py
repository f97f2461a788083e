import django_filters
from django.utils.translation import gettext_lazy as _

from ckm_portal.core.search_backend import SearchTextFilter
from ckm_portal.topics.filters import TopicFilter, curated_topics
from partners.models import Partner, PartnerKind, Scope
from partners.selectors import partners_for_topic


class PartnerFilterSet(django_filters.FilterSet):
    q = SearchTextFilter()
    topic = TopicFilter(queryset=curated_topics, label=_("Expertise"), method="filter_topic")
    kind = django_filters.ChoiceFilter(
        choices=PartnerKind.choices, label=_("Kind of organisation"), empty_label=_("All")
    )
    scope = django_filters.ChoiceFilter(
        choices=Scope.choices, label=_("National or international"), empty_label=_("All")
    )

    class Meta:
        model = Partner
        fields = ["q", "topic", "kind", "scope"]

    def filter_topic(self, queryset, name, value):
        return partners_for_topic(value, queryset)
