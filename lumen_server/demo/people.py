"""The demo's customers, branches, users and staff (contract section 5). Every password is demo-<username>."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from lumen_server.approval_rules.models import ApprovalRule
from lumen_server.auth.models import User
from lumen_server.auth.passwords import hash_password
from lumen_server.customers.models import Branch, Customer

BRANCHES = (
    ("MTL", "Lumen Montréal", "Montréal", "QC"),
    ("LAV", "Lumen Laval", "Laval", "QC"),
    ("QUE", "Lumen Québec", "Québec", "QC"),
    ("SHE", "Lumen Sherbrooke", "Sherbrooke", "QC"),
    ("OTT", "Lumen Ottawa", "Ottawa", "ON"),
)

CUSTOMERS = (
    ("100234", "Électricité Gagnon inc.", "QC", "MTL"),
    ("200518", "Les Installations Bergeron", "ON", "OTT"),
    # Closed account: the account-request form must refuse it.
    ("300777", "Électro Fermé ltée", "QC", "QUE"),
)

# Customer 100234's second tier: a request over 5 000,00 $ approved by marie also needs jean's approval.
APPROVAL_RULES = (("100234", Decimal(5000), "jean.dupuis"),)


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    language: str
    customer_number: str | None
    can_place_orders: bool
    can_see_prices: bool
    approver: str | None = None
    is_staff: bool = False
    order_limit: Decimal | None = None  # "place orders up to an amount"

    @property
    def password(self) -> str:
        return f"demo-{self.username}"

    @property
    def email(self) -> str:
        domain = "lumen.ca" if self.is_staff else "example.com"
        return f"{self.username}@{domain}"


# Someone asking for an account through the public form (a requester of customer 100234, approved by marie); not
# in the demo database: the screenshots and the tests send it.
ACCOUNT_REQUEST: dict[str, str | bool] = {
    "customer_number": "100234",
    "first_name": "Sylvie",
    "last_name": "Côté",
    "email": "sylvie.cote@example.com",
    "language": "fr",
    "permission": "order_for_approval",
    "can_see_prices": False,
    "approver_email": "marie.tremblay@example.com",
    "channel": "web",
}

USERS = (
    DemoUser("marie.tremblay", "Marie", "Tremblay", "fr", "100234", True, True),
    DemoUser("luc.gagnon", "Luc", "Gagnon", "fr", "100234", False, False, approver="marie.tremblay"),
    # Places orders up to 2 500,00 $; a bigger cart goes to marie for approval.
    DemoUser(
        "sophie.roy", "Sophie", "Roy", "fr", "100234", True, True, approver="marie.tremblay", order_limit=Decimal(2500)
    ),
    DemoUser("jean.dupuis", "Jean", "Dupuis", "fr", "100234", True, True),
    DemoUser("paul.bergeron", "Paul", "Bergeron", "en", "200518", True, True),
    DemoUser("ecomm", "Équipe", "Commerce électronique", "fr", None, False, False, is_staff=True),
)


def load_people(session: Session) -> None:
    branches = {code: Branch(code=code, name=name, city=city, province=prov) for code, name, city, prov in BRANCHES}
    session.add_all(branches.values())
    session.flush()
    customers = {
        number: Customer(
            number=number,
            name=name,
            province=province,
            active=number != "300777",
            home_branch_id=branches[branch].id,
        )
        for number, name, province, branch in CUSTOMERS
    }
    session.add_all(customers.values())
    session.flush()
    users: dict[str, User] = {}
    for demo in USERS:
        user = User(
            username=demo.username,
            email=demo.email,
            password_hash=hash_password(demo.password),
            first_name=demo.first_name,
            last_name=demo.last_name,
            language=demo.language,
            customer_id=customers[demo.customer_number].id if demo.customer_number else None,
            can_place_orders=demo.can_place_orders,
            can_see_prices=demo.can_see_prices,
            order_limit=demo.order_limit,
            is_staff=demo.is_staff,
        )
        session.add(user)
        users[demo.username] = user
    session.flush()
    for demo in USERS:
        if demo.approver:
            users[demo.username].approver_id = users[demo.approver].id
    for number, threshold, approver in APPROVAL_RULES:
        session.add(ApprovalRule(customer_id=customers[number].id, threshold=threshold, approver_id=users[approver].id))
    session.flush()
