"""One running app per person and service: a second launch hands its link to the first and exits.

The first instance listens on a local socket (``QLocalServer``: a Unix socket, a named pipe on Windows) named after
the user and the service address; ``hand_over`` connects to it, writes one line (a ``lumen://`` link, or nothing
to just bring the window forward) and waits for the "ok". Nobody listening, or a socket left behind by a crashed
instance: this launch becomes the first.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .api.client import normalize_address

HAND_OVER_MS = 3_000
ACK = b"ok\n"


def server_name(service_address: str) -> str:
    """The socket's name for this user and this service address (two services: two apps may run)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        user = "user"
    digest = hashlib.sha256(f"{user}\n{normalize_address(service_address)}".encode()).hexdigest()[:20]
    return f"lumen-desktop-{digest}"


def hand_over(name: str, message: str, timeout_ms: int = HAND_OVER_MS) -> bool:
    """Gives ``message`` to the instance listening on ``name``; False when none answered (start as the first)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(message.replace("\n", " ").encode() + b"\n")
    socket.flush()
    answered = b""
    while ACK not in answered and socket.waitForReadyRead(timeout_ms):
        answered += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return ACK in answered


class InstanceServer(QObject):
    sig_message = Signal(str)
    """A later launch handed over its link ("" when it had none: just show the window)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self, name: str) -> bool:
        """Listens on ``name``, replacing a socket a crashed instance left behind (nobody answered on it)."""
        if self._server.listen(name):
            return True
        QLocalServer.removeServer(name)
        return self._server.listen(name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        socket.write(ACK)
        socket.flush()
        self.sig_message.emit(line.decode("utf-8", errors="replace").strip())

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
