"""Delivering messages: SMTP to ``Settings.smtp_url``, or an ``.eml`` file in the outbox.

SMTP URLs: ``smtp://host:25`` (plain, a relay on the same network), ``smtp+starttls://user:password@host:587``
(STARTTLS, required: a server that does not offer it gets nothing) and ``smtps://user:password@host:465``
(TLS from the first byte). The server's certificate is checked against the system's CAs, or the PEM file
``Settings.smtp_ca_file`` (``LUMEN_SMTP_CA_FILE``) when a company CA signed it. User and password are
percent-encoded in the URL (``%40`` for ``@``).

Mail never fails the request that caused it: an unreachable SMTP server is logged and the message is kept in the
outbox folder instead (logged too, so nobody believes it was delivered).
"""

from __future__ import annotations

import itertools
import logging
import os
import smtplib
import ssl
import time
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from lumen_server.core.config import Settings

log = logging.getLogger(__name__)

SMTP_TIMEOUT_SECONDS = 10
DEFAULT_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}
_PENDING_KEY = "lumen_mail_after_commit"
_sequence = itertools.count()


def send_mail(settings: Settings, message: EmailMessage) -> None:
    """Delivers ``message`` now; never raises (failures are logged)."""
    try:
        if settings.smtp_url:
            try:
                _send_smtp(settings, message)
                return
            except (OSError, smtplib.SMTPException, ValueError):
                log.exception("SMTP delivery to %s failed for %r", _server_of(settings.smtp_url), message["To"])
            path = write_eml(settings.resolved_outbox_dir, message)
            log.warning("Message to %r NOT delivered; kept in the outbox: %s", message["To"], path)
        else:
            write_eml(settings.resolved_outbox_dir, message)
    except Exception:  # a mail problem must never turn a done request into an error
        log.exception("Could not send or keep the message to %r", message["To"])


def _tls_context(settings: Settings) -> ssl.SSLContext:
    cafile = str(settings.smtp_ca_file) if settings.smtp_ca_file is not None else None
    return ssl.create_default_context(cafile=cafile)


def _send_smtp(settings: Settings, message: EmailMessage) -> None:
    url = urlsplit(settings.smtp_url or "")
    if url.scheme not in DEFAULT_PORTS or not url.hostname:
        raise ValueError("unsupported SMTP URL (expected smtp://, smtp+starttls:// or smtps://host:port)")
    port = url.port or DEFAULT_PORTS[url.scheme]
    smtp: smtplib.SMTP
    if url.scheme == "smtps":
        smtp = smtplib.SMTP_SSL(url.hostname, port, timeout=SMTP_TIMEOUT_SECONDS, context=_tls_context(settings))
    else:
        smtp = smtplib.SMTP(url.hostname, port, timeout=SMTP_TIMEOUT_SECONDS)
    with smtp:
        if url.scheme == "smtp+starttls":
            # Raises SMTPNotSupportedError when the server offers no STARTTLS: never fall back to plain text.
            smtp.starttls(context=_tls_context(settings))
        if url.username:
            smtp.login(unquote(url.username), unquote(url.password or ""))
        smtp.send_message(message)


def _server_of(smtp_url: str) -> str:
    """The URL without user, password or port (a malformed port must not break the log line), for the log."""
    url = urlsplit(smtp_url)
    return f"{url.scheme}://{url.hostname}"


def write_eml(folder: Path, message: EmailMessage) -> Path:
    """Writes the message as ``<UTC time>-<pid>-<n>.eml`` (names sort by time), atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    now_ns = time.time_ns()
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now_ns // 1_000_000_000)) + f"{now_ns % 1_000_000_000:09d}"
    name = f"{stamp}-{os.getpid()}-{next(_sequence):04d}.eml"
    partial = folder / f".{name}.part"
    partial.write_bytes(message.as_bytes())
    target = folder / name
    partial.replace(target)
    return target


def send_after_commit(session: Session, settings: Settings, message: EmailMessage) -> None:
    """Sends ``message`` once ``session``'s transaction has committed; drops it if the transaction rolls back."""
    pending: list[EmailMessage] | None = session.info.get(_PENDING_KEY)
    if pending is None:
        pending = session.info[_PENDING_KEY] = []

        @event.listens_for(session, "after_commit")
        def _deliver(committed: Session) -> None:
            messages = list(committed.info.get(_PENDING_KEY, []))
            committed.info[_PENDING_KEY] = []
            for queued in messages:
                send_mail(settings, queued)

        @event.listens_for(session, "after_soft_rollback")
        def _discard(rolled_back: Session, previous: SessionTransaction) -> None:
            # Only the outermost transaction's end drops the mail; a SAVEPOINT rolled back inside it does not.
            if previous.parent is None:
                rolled_back.info[_PENDING_KEY] = []

    pending.append(message)
