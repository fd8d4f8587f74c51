"""A company's mail server over TLS: ``smtp+starttls://user:password@host:587`` and ``smtps://host:465``, against a
real aiosmtpd speaking TLS with a certificate made here by a throw-away CA (trusted through ``smtp_ca_file``,
``LUMEN_SMTP_CA_FILE``). STARTTLS is required, never skipped: a server that does not offer it, or whose certificate
is not trusted, gets nothing, and the message is kept in the outbox.
"""

from __future__ import annotations

import datetime
import ipaddress
import logging
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from lumen_server.core.config import Settings
from lumen_server.mail import send_mail
from lumen_server.mail.content import Recipient
from lumen_server.testing import LiveServer, bearer, copy_database, database_for, free_port
from tests.server.workflow.support import MailSink, body_of, outbox, products, start_mail_sink
from tests.server.workflow.test_mail import awaits_approval

USER, PASSWORD = "lumen@gagnon.example", "s3cret:with@signs"
USER_IN_URL, PASSWORD_IN_URL = "lumen%40gagnon.example", "s3cret%3Awith%40signs"
PAUL = Recipient("paul.bergeron@example.com", "Paul Bergeron", "en", True)


@dataclass
class Certificates:
    ca_file: Path
    server_context: ssl.SSLContext


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    """A CA and a server certificate for 127.0.0.1 it signed, with the extensions strict verification wants."""
    folder = tmp_path_factory.mktemp("tls")
    now = datetime.datetime.now(datetime.UTC)
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Lumen test CA"))
        .issuer_name(_name("Lumen test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return Certificates(ca_file, context)


@dataclass
class TlsMailSink(MailSink):
    """A MailSink that also notes, per message, whether it came over TLS and who signed in."""

    sessions: list[tuple[bool, str | None]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        signed_in = session.authenticated and isinstance(session.auth_data, LoginPassword)
        login = session.auth_data.login.decode() if signed_in else None
        over_tls = server.transport.get_extra_info("ssl_object") is not None
        self.sessions.append((over_tls, login))
        return await super().handle_DATA(server, session, envelope)


def _authenticator(_server: Any, _session: Any, _envelope: Any, _mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login.decode(), data.password.decode()) == (USER, PASSWORD)
    return AuthResult(success=ok, auth_data=data)


def _start(sink: TlsMailSink, port: int, **tls: Any) -> Controller:
    controller = Controller(sink, hostname="127.0.0.1", port=port, authenticator=_authenticator, **tls)
    controller.start()
    return controller


@pytest.fixture
def starttls_server(certificates: Certificates) -> Iterator[TlsMailSink]:
    sink, port = TlsMailSink(), free_port()
    controller = _start(
        sink, port, tls_context=certificates.server_context, require_starttls=True, auth_require_tls=True
    )
    sink.url = f"smtp+starttls://{USER_IN_URL}:{PASSWORD_IN_URL}@127.0.0.1:{port}"
    yield sink
    controller.stop()


@pytest.fixture
def smtps_server(certificates: Certificates) -> Iterator[TlsMailSink]:
    sink, port = TlsMailSink(), free_port()
    # aiosmtpd only knows STARTTLS as "TLS" for AUTH; on an SMTPS socket every byte is TLS already.
    controller = _start(sink, port, ssl_context=certificates.server_context, auth_require_tls=False)
    sink.url = f"smtps://{USER_IN_URL}:{PASSWORD_IN_URL}@127.0.0.1:{port}"
    yield sink
    controller.stop()


def _settings(tmp_path: Path, smtp_url: str, ca_file: Path | None) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp_path / 'lumen.db'}", smtp_url=smtp_url, smtp_ca_file=ca_file)


def test_starttls_with_a_login_delivers_over_tls(tmp_path, starttls_server, certificates):
    settings = _settings(tmp_path, starttls_server.url, certificates.ca_file)
    send_mail(settings, awaits_approval(settings, PAUL))

    received = starttls_server.wait_for(lambda m: "paul.bergeron" in m["To"])
    assert "$1,234.56" in body_of(received)
    assert starttls_server.sessions == [(True, USER)]
    assert not (tmp_path / "outbox").exists()


def test_smtps_delivers_over_tls_from_the_first_byte(tmp_path, smtps_server, certificates):
    settings = _settings(tmp_path, smtps_server.url, certificates.ca_file)
    send_mail(settings, awaits_approval(settings, PAUL))

    smtps_server.wait_for(lambda m: "paul.bergeron" in m["To"])
    assert smtps_server.sessions == [(True, USER)]


def test_an_untrusted_certificate_gets_nothing_and_the_message_is_kept(tmp_path, starttls_server, caplog):
    settings = _settings(tmp_path, starttls_server.url, None)  # the system's CAs do not know the test CA
    caplog.set_level(logging.WARNING, logger="lumen_server.mail.sender")
    send_mail(settings, awaits_approval(settings, PAUL))

    assert starttls_server.messages == []
    assert [m["To"] for m in outbox(tmp_path / "outbox")] == ["paul.bergeron@example.com"]
    assert "CERTIFICATE_VERIFY_FAILED" in caplog.text and "NOT delivered" in caplog.text
    assert PASSWORD not in caplog.text and PASSWORD_IN_URL not in caplog.text


def test_starttls_is_required_a_server_without_it_gets_nothing_in_plain_text(tmp_path, certificates, caplog):
    plain, controller = start_mail_sink(free_port())  # offers no STARTTLS
    try:
        url = plain.url.replace("smtp://", f"smtp+starttls://{USER_IN_URL}:{PASSWORD_IN_URL}@")
        send_mail(_settings(tmp_path, url, certificates.ca_file), awaits_approval(Settings(), PAUL))
    finally:
        controller.stop()
    assert plain.messages == []
    assert len(outbox(tmp_path / "outbox")) == 1
    assert "STARTTLS" in caplog.text


def test_the_running_service_sends_through_starttls_with_the_ca_from_the_environment(
    demo_template, tmp_path, starttls_server, certificates
):
    database = copy_database(demo_template, tmp_path / "service")
    extra_env = {"LUMEN_SMTP_CA_FILE": str(certificates.ca_file)}
    with (
        LiveServer(database, smtp_url=starttls_server.url, extra_env=extra_env) as server,
        httpx.Client(base_url=server.api_url + "/") as http,
    ):
        luc = bearer(http, "luc.gagnon")
        (product,) = products(database_for(database), 1)
        line = {"sku": product.sku, "quantity": 2}
        assert http.post("cart/lines", json={"lines": [line]}, headers=luc).status_code in (200, 201)
        assert http.post("cart/submit-for-approval", headers=luc).status_code == 201

        received = starttls_server.wait_for(lambda m: "marie.tremblay" in m["To"])
    assert received["Subject"]
    assert starttls_server.sessions == [(True, USER)]
    assert not server.outbox_dir.exists() or not list(server.outbox_dir.glob("*.eml"))
