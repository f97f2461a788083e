"""Django's Redis cache, made to degrade instead of fail while Redis is away.

With ``REDIS_URL`` set (ckm_portal/settings.py), the default and the ``pages``
caches live in Redis, so every worker of every app server shares the contact
form's rate counts and used form tokens, the kept pages and the topic counts.
When Redis cannot be reached, this backend logs the error and answers as an
empty cache that keeps nothing: reads miss, writes are dropped, ``add`` says
the key was not added and ``incr`` that it does not exist. Pages then render
uncached; the contact form, which needs ``add`` to succeed, refuses (fails
closed, ckm_portal/contact/spam.py). Nothing here raises into a request.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class ResilientRedisCache(RedisCache):
    """RedisCache whose every operation turns a Redis error into a logged miss."""

    def _failed(self, operation: str, error: RedisError) -> None:
        # One line per failed operation: the keys may carry hashes of addresses, so they are left out.
        logger.warning("Cache %s failed, going on without the cache: %s", operation, error.__class__.__name__)

    def _attempt(self, operation: str, answer_without_redis: Any, *args: Any) -> Any:
        """RedisCache's ``operation`` on ``args``; when Redis fails, the error logged and ``answer_without_redis``."""
        try:
            return getattr(super(), operation)(*args)
        except RedisError as error:
            self._failed(operation, error)
            return answer_without_redis

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        return self._attempt("get", default, key, default, version)

    def get_many(self, keys: Any, version: int | None = None) -> dict[Any, Any]:
        return self._attempt("get_many", {}, keys, version)

    def set(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> None:
        self._attempt("set", None, key, value, timeout, version)

    def set_many(self, data: dict[Any, Any], timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> list[Any]:
        # Every key failed: that is what set_many answers with.
        return self._attempt("set_many", list(data), data, timeout, version)

    def add(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return self._attempt("add", False, key, value, timeout, version)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        # A missing key makes incr raise ValueError: without Redis every key is missing.
        try:
            return super().incr(key, delta, version)
        except RedisError as error:
            self._failed("incr", error)
            raise ValueError("The cache is unavailable.") from error

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return self._attempt("touch", False, key, timeout, version)

    def has_key(self, key: Any, version: int | None = None) -> bool:
        return self._attempt("has_key", False, key, version)

    def delete(self, key: Any, version: int | None = None) -> bool:
        return self._attempt("delete", False, key, version)

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        self._attempt("delete_many", None, keys, version)

    def clear(self) -> None:
        self._attempt("clear", None)

    def ping(self) -> bool:
        """True when Redis answers (for /readyz); never raises."""
        try:
            return bool(self._cache.get_client(write=True).ping())  # type: ignore[attr-defined]  # not in the stubs
        except RedisError:
            return False
