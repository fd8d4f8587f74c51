"""Outgoing e-mail (contract section 3): SMTP when configured, otherwise ``.eml`` files in an outbox folder.

``send_mail`` delivers one message; ``send_after_commit`` holds it until the caller's transaction commits.
The builders in ``lumen_server.mail.builders`` write each message in its recipient's language.
"""

from lumen_server.mail.sender import send_after_commit, send_mail

__all__ = ["send_after_commit", "send_mail"]
