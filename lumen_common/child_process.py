"""A local service run as a child process (the desktop's demo service, the tests' live server): a free loopback
port for it, and stopping it."""

from __future__ import annotations

import socket
import subprocess


def free_port() -> int:
    """A TCP port on 127.0.0.1 that no one listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop_child(process: subprocess.Popen[bytes], *, grace: float) -> None:
    """Asks ``process`` to stop (SIGTERM), kills it after ``grace`` seconds, and reaps it."""
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
