"""Live events: what changed for whom (``publish``), and ``GET /events``, the stream that tells them."""

from lumen_server.events.publish import publish

__all__ = ["publish"]
