"""The demo accounts the service's ``--demo`` data creates (api-contract §5), listed by the sign-in dialog."""

from __future__ import annotations

from .context import DemoUser

DEMO_USERS = [
    DemoUser("marie.tremblay", "approver", True),
    DemoUser("luc.gagnon", "requester", False),
    DemoUser("sophie.roy", "limited", True),  # places orders up to 2 500,00 $, sends bigger ones to marie
    DemoUser("jean.dupuis", "buyer", True),
    DemoUser("paul.bergeron", "buyer", True),
    DemoUser("ecomm", "staff", False),
]
