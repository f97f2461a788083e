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

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        try:
            return super().get(key, default, version)
        except RedisError as error:
            self._failed("get", error)
            return default

    def get_many(self, keys: Any, version: int | None = None) -> dict[Any, Any]:
        try:
            return super().get_many(keys, version)
        except RedisError as error:
            self._failed("get_many", error)
            return {}

    def set(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> None:
        try:
            super().set(key, value, timeout, version)
        except RedisError as error:
            self._failed("set", error)

    def set_many(self, data: dict[Any, Any], timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> list[Any]:
        try:
            return super().set_many(data, timeout, version)
        except RedisError as error:
            self._failed("set_many", error)
            return list(data)

    def add(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        try:
            return super().add(key, value, timeout, version)
        except RedisError as error:
            self._failed("add", error)
            return False

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        try:
            return super().incr(key, delta, version)
        except RedisError as error:
            self._failed("incr", error)
            raise ValueError("The cache is unavailable.") from error

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        try:
            return super().touch(key, timeout, version)
        except RedisError as error:
            self._failed("touch", error)
            return False

    def has_key(self, key: Any, version: int | None = None) -> bool:
        try:
            return super().has_key(key, version)
        except RedisError as error:
            self._failed("has_key", error)
            return False

    def delete(self, key: Any, version: int | None = None) -> bool:
        try:
            return super().delete(key, version)
        except RedisError as error:
            self._failed("delete", error)
            return False

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        try:
            super().delete_many(keys, version)
        except RedisError as error:
            self._failed("delete_many", error)

    def clear(self) -> None:
        try:
            super().clear()
        except RedisError as error:
            self._failed("clear", error)

    def ping(self) -> bool:
        """True when Redis answers (for /readyz); never raises."""
        try:
            return bool(self._cache.get_client(write=True).ping())  # type: ignore[attr-defined]  # not in the stubs
        except RedisError:
            return False
