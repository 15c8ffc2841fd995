"""The server's outer layer: security headers, request body limit, JSON errors instead of tracebacks.

A plain ASGI middleware (no BaseHTTPMiddleware), placed outermost so every response, errors
included, carries the same headers.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

log = logging.getLogger("marsad.web")

MAX_BODY = 2 * 1024 * 1024  # bytes

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyTooLarge(Exception):
    pass


def content_security_policy(tile_origin: str | None = None) -> str:
    """No inline scripts, no eval, nothing loaded from elsewhere (except the optional tile server)."""
    img = "'self' data:" + (f" {tile_origin}" if tile_origin else "")
    return "; ".join([
        "default-src 'self'", "script-src 'self'", "style-src 'self'", f"img-src {img}",
        "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
        "frame-ancestors 'none'",
    ])


def security_headers(csp: str) -> list[tuple[bytes, bytes]]:
    return [
        (b"content-security-policy", csp.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]


@dataclass
class Guard:
    app: ASGIApp
    csp: str
    max_body: int = MAX_BODY

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = security_headers(self.csp)
        started = rejected = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if rejected:  # the 413 has been sent: whatever the app answers after it is dropped
                return
            if message["type"] == "http.response.start":
                started = True
                names = {h[0] for h in headers}
                kept = [h for h in message.get("headers", []) if h[0].lower() not in names]
                message = {**message, "headers": kept + headers}
            await send(message)

        if self._declared_length(scope) > self.max_body:
            await self._error(send_with_headers, 413, f"request body larger than {self.max_body} bytes")
            return
        received = 0

        async def counting_receive() -> Message:
            # Answers 413 as soon as the body passes the limit: the app may catch the exception
            # (FastAPI turns body errors into 400), so the answer cannot wait for it to come back.
            nonlocal received, rejected
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    if not started and not rejected:
                        await self._error(send_with_headers, 413, f"request body larger than {self.max_body} bytes")
                        rejected = True
                    raise BodyTooLarge()
            return message

        try:
            await self.app(scope, counting_receive, send_with_headers)
        except BodyTooLarge:
            pass
        except Exception:  # noqa: BLE001 - the last line of defence: log it, answer JSON
            log.exception("error while serving %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await self._error(send_with_headers, 500, "internal server error")

    @staticmethod
    def _declared_length(scope: Scope) -> int:
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    return int(value)
                except ValueError:
                    return 0
        return 0

    @staticmethod
    async def _error(send: Send, status: int, error: str) -> None:
        body = json.dumps({"error": error}).encode()
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
