"""The admin's autocomplete answers for topics: approved topics only, grouped by kind.

Django's autocomplete view (``AutocompleteJsonView``) answers every autocomplete
field of the admin. This subclass takes over the answers for topic fields and
leaves the others as Django makes them. Its login and permission checks stay
Django's (view permission on the topics), with one more: the user must also
be allowed to see the model whose form asks.
"""

from itertools import groupby

from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.http import JsonResponse

from ckm_portal.topics.forms import topic_label
from ckm_portal.topics.models import Topic, TopicKind

# The groups in the order of TopicKind: themes first, free keywords last.
KIND_ORDER = Case(
    *(When(kind=kind, then=Value(rank)) for rank, kind in enumerate(TopicKind.values)),
    default=Value(len(TopicKind.values)),
    output_field=IntegerField(),
)


class TopicAutocompleteJsonView(AutocompleteJsonView):
    def is_topic_field(self):
        return self.model_admin.model is Topic

    def has_perm(self, request, obj=None):
        if not super().has_perm(request, obj):
            return False
        if not self.is_topic_field():
            return True
        # Topics are asked for by the form of an article, project or partner: the user must see those too.
        source = self.source_field.model
        if not self.admin_site.is_registered(source):
            return False
        return self.admin_site.get_model_admin(source).has_view_or_change_permission(request)

    def get_queryset(self):
        if not self.is_topic_field():
            return super().get_queryset()
        # Not the topic admin's queryset: that one counts each topic's links, which no answer shows.
        topics = Topic.objects.public().complex_filter(self.source_field.get_limit_choices_to())
        topics, _distinct = self.model_admin.get_search_results(self.request, topics, self.term)
        return topics.order_by(KIND_ORDER, "name").only("pk", "name", "name_en", "kind")

    def get(self, request, *args, **kwargs):
        self.term, self.model_admin, self.source_field, to_field_name = self.process_request(request)
        if not self.is_topic_field():
            return super().get(request, *args, **kwargs)
        if not self.has_perm(request):
            raise PermissionDenied
        self.object_list = self.get_queryset()
        context = self.get_context_data()
        return JsonResponse(
            {
                "results": grouped_by_kind(context["object_list"], to_field_name),
                "pagination": {"more": context["page_obj"].has_next()},
            }
        )


def grouped_by_kind(topics, to_field_name="id"):
    """select2's option groups: ``{"text": kind, "children": [{"id", "text"}, ...]}`` per kind, in order."""
    kinds = dict(TopicKind.choices)
    return [
        {
            "text": str(kinds.get(kind, kind)),
            "children": [{"id": str(getattr(topic, to_field_name)), "text": topic_label(topic)} for topic in members],
        }
        for kind, members in groupby(topics, key=lambda topic: topic.kind)
    ]
