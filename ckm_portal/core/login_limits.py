"""Admin login throttling on top of django-axes' database handler.

django-axes locks a username and address pair after ``AXES_FAILURE_LIMIT``
wrong passwords, but one limit serves every lockout parameter, so it cannot
also cap an address across usernames at a higher number (an office behind one
address has several editors). This handler adds that cap: once one address has
``AXES_ADDRESS_FAILURE_LIMIT`` failures within the cool-off, summed over every
username, it is locked as a whole. The failures are axes' own ``AccessAttempt``
rows in the database, so every app server sees the same counts.

The lockout answer is axes' page (HTTP 429) with ``Retry-After``: the seconds
until the newest failure from the address leaves the cool-off.
"""

from __future__ import annotations

import math
from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone


def _address_attempts(request: HttpRequest) -> Any:
    cool_off = get_cool_off(request)
    attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)  # type: ignore[attr-defined]  # set by axes
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    return attempts


class AddressCappedHandler(AxesDatabaseHandler):
    def get_failures(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> int:
        failures: int = super().get_failures(request, credentials)
        limit = get_failure_limit(request, credentials)
        if failures >= limit:
            return failures
        from_address = _address_attempts(request).aggregate(total=Sum("failures_since_start"))["total"] or 0
        # Past the address cap, report the pair's limit: axes then locks (and answers) as for a pair.
        return limit if from_address >= settings.AXES_ADDRESS_FAILURE_LIMIT else failures


def retry_after_seconds(request: HttpRequest) -> int:
    cool_off = get_cool_off(request)
    if not cool_off:
        return 0
    newest = _address_attempts(request).aggregate(newest=Max("attempt_time"))["newest"]
    if newest is None:
        return math.ceil(cool_off.total_seconds())
    return max(1, math.ceil((newest + cool_off - timezone.now()).total_seconds()))


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict[str, Any] | None = None
) -> HttpResponse:
    """axes' lockout page (settings.AXES_LOCKOUT_TEMPLATE), with Retry-After."""
    limit = get_failure_limit(request, credentials)
    context = {
        "failure_limit": limit,
        "username": get_client_username(request, credentials) or "",
        # Locked by the cap across usernames rather than for this username: the page says so.
        "whole_address": AxesDatabaseHandler().get_failures(request, credentials) < limit,
    }
    status: int = settings.AXES_HTTP_RESPONSE_CODE  # type: ignore[misc]  # axes' setting, not in the stubs
    response = render(request, settings.AXES_LOCKOUT_TEMPLATE, context, status=status)
    seconds = retry_after_seconds(request)
    if seconds:
        response["Retry-After"] = str(seconds)
    return response
