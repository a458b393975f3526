"""Browser-facing protections the factory binds with ``init_app(app)``:

* security headers on every response (CSP with no foreign origin, no framing, nosniff,
  same-origin referrer) — set only where a view has not set its own;
* login attempts rate-limited, keyed by user name *and* by client address: after
  ``LOGIN_MAX_FAILURES`` failed logins within ``LOGIN_WINDOW_SECONDS`` the login form answers
  429 with a Chinese message until the window has passed. A success clears the user's count.
  The counts live in the process (one waitress process: the embedded default) or, when
  ``REDIS_URL`` is set, in Redis, so every process and machine of a deployment shares them.

The limiter watches the login view's answers (401 = wrong password, redirect = success), so
the login view itself knows nothing about it.
"""
from __future__ import annotations

import logging
import math
import threading
import time
import uuid
from collections import deque
from typing import Callable, Optional

from flask import Flask, flash, jsonify, render_template, request

#: the same policy the factory states; a page or file served here never loads anything foreign
CSP = ("default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; "
       "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}

LOGIN_ENDPOINT = "auth.login"

log = logging.getLogger(__name__)


class FailureLimiter:
    """Failed attempts per key in a sliding window; thread-safe, bounded in memory."""

    def __init__(self, max_failures: int, window: float, *, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 10_000):
        self.max_failures, self.window, self.clock, self.max_keys = max_failures, window, clock, max_keys
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures.get(key)
        if q is None:
            return deque()
        while q and q[0] <= now - self.window:
            q.popleft()
        if not q:
            del self._failures[key]
        return q

    def retry_after(self, *keys: str) -> Optional[float]:
        """Seconds until the most-blocked key may try again, or None if none is blocked."""
        now = self.clock()
        waits = []
        with self._lock:
            for key in keys:
                q = self._recent(key, now)
                if len(q) >= self.max_failures:
                    waits.append(q[-self.max_failures] + self.window - now)
        return max(waits) if waits else None

    def fail(self, *keys: str) -> None:
        now = self.clock()
        with self._lock:
            if len(self._failures) >= self.max_keys:  # drop what has expired, then the oldest
                for k in list(self._failures):
                    self._recent(k, now)
                while len(self._failures) >= self.max_keys:
                    self._failures.pop(next(iter(self._failures)))
            for key in keys:
                self._failures.setdefault(key, deque()).append(now)

    def clear(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


class RedisFailureLimiter:
    """The same sliding window kept in Redis (one sorted set of failure times per key, expiring
    with the window), so several app processes count one user's failures together. While Redis
    cannot be reached the process's own :class:`FailureLimiter` counts instead: logins keep
    working and are still limited."""

    def __init__(self, max_failures: int, window: float, client, *, prefix: str = "wcr:login:",
                 clock: Callable[[], float] = time.time):
        self.max_failures, self.window, self.client, self.prefix, self.clock = (
            max_failures, window, client, prefix, clock)
        self.local = FailureLimiter(max_failures, window, clock=clock)

    def _shared(self, what: str, fn, *args):
        import redis
        try:
            return fn(*args)
        except redis.RedisError as e:
            log.warning("login limiter: Redis unavailable (%s); counting in this process", e)
            return getattr(self.local, what)(*args)

    def retry_after(self, *keys: str) -> Optional[float]:
        return self._shared("retry_after", self._retry_after, *keys)

    def fail(self, *keys: str) -> None:
        self._shared("fail", self._fail, *keys)

    def clear(self, key: str) -> None:
        self._shared("clear", self._clear, key)

    def _retry_after(self, *keys: str) -> Optional[float]:
        now = self.clock()
        pipe = self.client.pipeline()
        for key in keys:
            pipe.zremrangebyscore(self.prefix + key, "-inf", now - self.window)
            # the oldest of the last max_failures failures decides when the key is free again
            pipe.zrange(self.prefix + key, -self.max_failures, -self.max_failures, withscores=True)
        answers = pipe.execute()[1::2]
        waits = [hit[0][1] + self.window - now for hit in answers if hit]
        waits = [w for w in waits if w > 0]
        return max(waits) if waits else None

    def _fail(self, *keys: str) -> None:
        now = self.clock()
        pipe = self.client.pipeline()
        for key in keys:
            pipe.zadd(self.prefix + key, {uuid.uuid4().hex: now})
            pipe.expire(self.prefix + key, math.ceil(self.window))
        pipe.execute()

    def _clear(self, key: str) -> None:
        self.client.delete(self.prefix + key)


def _limiters(app: Flask) -> tuple:
    n, window = app.config["LOGIN_MAX_FAILURES"], app.config["LOGIN_WINDOW_SECONDS"]
    # a user name may fail at most n times; one address (an office NAT) gets four times as
    # many across all names before it is held back
    if app.config.get("REDIS_URL"):
        import redis
        client = redis.Redis.from_url(app.config["REDIS_URL"], socket_timeout=2,
                                      socket_connect_timeout=2)
        prefix = app.config.get("LOGIN_LIMIT_PREFIX", "wcr:login:")
        return (RedisFailureLimiter(n, window, client, prefix=prefix + "user:"),
                RedisFailureLimiter(n * 4, window, client, prefix=prefix + "addr:"))
    return FailureLimiter(n, window), FailureLimiter(n * 4, window)


def _keys() -> tuple[str, str]:
    name = (request.form.get("name") or "").strip().lower()
    return f"user:{name}", f"addr:{request.remote_addr or '?'}"


def _too_many(wait: float):
    minutes = max(1, math.ceil(wait / 60))
    message = f"登录失败次数过多，请 {minutes} 分钟后再试"
    headers = {"Retry-After": str(math.ceil(wait))}
    if request.path.startswith("/api/") or request.is_json:
        return jsonify(error=message), 429, headers
    flash(message, "error")
    return render_template("login.html"), 429, headers


def init_app(app: Flask) -> None:
    app.config.setdefault("LOGIN_MAX_FAILURES", 5)
    app.config.setdefault("LOGIN_WINDOW_SECONDS", 600)
    by_user, by_addr = _limiters(app)
    app.extensions["login_limiter"] = (by_user, by_addr)

    @app.before_request
    def _limit_login():
        if request.endpoint != LOGIN_ENDPOINT or request.method != "POST":
            return None
        user_key, addr_key = _keys()
        waits = [w for w in (by_user.retry_after(user_key), by_addr.retry_after(addr_key)) if w]
        return _too_many(max(waits)) if waits else None

    @app.after_request
    def _count_login(response):
        if request.endpoint == LOGIN_ENDPOINT and request.method == "POST":
            user_key, addr_key = _keys()
            if response.status_code == 401:
                by_user.fail(user_key)
                by_addr.fail(addr_key)
            elif 300 <= response.status_code < 400:
                by_user.clear(user_key)
        return response

    @app.after_request
    def _headers(response):
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response
