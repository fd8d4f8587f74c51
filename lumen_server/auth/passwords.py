"""Password hashing with argon2id at the OWASP password storage cheat sheet's parameters (19 MiB, 2 passes, one
lane): about 50 ms per hash here, so a burst of sign-ins on a 2-core machine is not queued for seconds.
Hashes made with other parameters still verify, and are replaced at the next successful sign-in.

argon2 is slow and memory-hard on purpose. Callers run it in a worker thread, never on the event
loop and never inside a database transaction; at most one hash per CPU runs at a time, so a burst of sign-ins
queues here instead of thrashing the CPUs and the memory.
"""

from __future__ import annotations

import os
import secrets
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_hashing_slots = threading.BoundedSemaphore(max(1, os.cpu_count() or 1))

# No look-alike characters (0/O, 1/l/I): a one-time password is typed from an e-mail or a terminal.
_ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
ONE_TIME_PASSWORD_LENGTH = 16


def hash_password(password: str) -> str:
    with _hashing_slots:
        return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        with _hashing_slots:
            return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with other parameters than today's (then hash the password again)."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


def one_time_password() -> str:
    """A password to change at first sign-in (new accounts, new staff): 16 characters, none of them look-alikes."""
    return "".join(secrets.choice(_ONE_TIME_ALPHABET) for _ in range(ONE_TIME_PASSWORD_LENGTH))
