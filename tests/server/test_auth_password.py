"""Password change, the first-login gate, staff creation and ``GET /me`` for every demo user."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select, update

from lumen_server.auth.models import User
from lumen_server.auth.staff import create_staff
from lumen_server.core.db import Database
from tests.server.helpers_catalog import API, auth, database_of, sign_in


def _require_password_change(api, username: str) -> None:
    with database_of(api).session() as session:
        session.execute(update(User).where(User.username == username).values(must_change_password=True))


def test_password_change_rules(api):
    tokens = sign_in(api, "jean.dupuis")
    headers = auth(tokens)

    def change(current: str, new: str):
        body = {"current_password": current, "new_password": new}
        return api.post(f"{API}/auth/password", headers=headers, json=body)

    short = change("demo-jean.dupuis", "short")
    assert short.status_code == 422
    assert (short.json()["error"]["code"], short.json()["error"]["field"]) == ("too_short", "new_password")

    same = change("demo-jean.dupuis", "demo-jean.dupuis")
    assert same.status_code == 422
    assert (same.json()["error"]["code"], same.json()["error"]["field"]) == ("password_unchanged", "new_password")

    wrong = change("not-my-password", "a-brand-new-secret")
    assert wrong.status_code == 422
    assert wrong.json()["error"]["code"] == "wrong_current_password"
    assert wrong.json()["error"]["field"] == "current_password"

    assert change("demo-jean.dupuis", "a-brand-new-secret").status_code == 204
    old = {"username": "jean.dupuis", "password": "demo-jean.dupuis"}
    assert api.post(f"{API}/auth/token", json=old).status_code == 401
    sign_in(api, "jean.dupuis", "a-brand-new-secret")
    # The device that changed the password stays signed in.
    assert api.get(f"{API}/me", headers=headers).status_code == 200


def test_changing_the_password_signs_out_the_other_devices(api):
    laptop, phone = sign_in(api, "sophie.roy"), sign_in(api, "sophie.roy")
    body = {"current_password": "demo-sophie.roy", "new_password": "another-long-secret"}
    assert api.post(f"{API}/auth/password", headers=auth(laptop), json=body).status_code == 204
    assert api.get(f"{API}/me", headers=auth(phone)).status_code == 401
    assert api.post(f"{API}/auth/refresh", json={"refresh_token": phone["refresh_token"]}).status_code == 401


def test_until_the_first_password_change_only_me_and_auth_answer(api):
    _require_password_change(api, "luc.gagnon")
    headers = auth(sign_in(api, "luc.gagnon"))

    me = api.get(f"{API}/me", headers=headers)
    assert me.status_code == 200 and me.json()["must_change_password"] is True
    for path in ("/products", "/categories", "/products/LU-100001", "/catalog/changes"):
        blocked = api.get(f"{API}{path}", headers=headers)
        assert blocked.status_code == 403, path
        assert blocked.json()["error"]["code"] == "password_change_required"

    body = {"current_password": "demo-luc.gagnon", "new_password": "luc-has-a-new-one"}
    assert api.post(f"{API}/auth/password", headers=headers, json=body).status_code == 204
    assert api.get(f"{API}/me", headers=headers).json()["must_change_password"] is False
    assert api.get(f"{API}/products", headers=headers).status_code == 200


def test_a_new_staff_user_signs_in_with_the_one_time_password_and_must_change_it(api):
    with database_of(api).session() as session:
        password = create_staff(session, username="nadia", email=None, first_name="Nadia", last_name="Roy")
    assert len(password) >= 10
    headers = auth(sign_in(api, "nadia", password))
    me = api.get(f"{API}/me", headers=headers).json()
    assert me["is_staff"] is True and me["must_change_password"] is True and me["customer"] is None
    assert me["email"] == "nadia@lumen.ca"
    assert api.get(f"{API}/categories", headers=headers).json()["error"]["code"] == "password_change_required"

    body = {"current_password": password, "new_password": "nadia-chose-this"}
    assert api.post(f"{API}/auth/password", headers=headers, json=body).status_code == 204
    # Staff see no customer's catalog prices or stock.
    assert api.get(f"{API}/products", headers=headers).json()["error"]["code"] == "customer_only"

    with database_of(api).session() as session, pytest.raises(ValueError):
        create_staff(session, username="nadia", email=None)


def test_staff_one_time_passwords_have_no_look_alike_characters(api):
    # Read off a terminal and typed in, like the ones e-mailed to new customer accounts: no 0/O, 1/l/I, - or _.
    with database_of(api).session() as session:
        passwords = [create_staff(session, username=f"staff{n}", email=None) for n in range(5)]
    assert all(re.fullmatch(r"[a-km-zA-HJ-NP-Z2-9]{16}", password) for password in passwords), passwords


def test_the_create_staff_command_prints_a_one_time_password(api_settings, capsys):
    from lumen_server.cli import main

    main(["create-staff", "olivier", "--database-url", api_settings.database_url, "--first-name", "Olivier"])
    printed = capsys.readouterr().out
    assert "olivier" in printed and "One-time password" in printed
    database = Database(api_settings.database_url)
    with database.session() as session:
        user = session.scalars(select(User).where(User.username == "olivier")).one()
        assert user.is_staff and user.must_change_password and user.customer_id is None
    database.dispose()


# The customer most demo users buy for, and the approver its requester and limited buyer send to.
GAGNON = {"number": "100234", "name": "Électricité Gagnon inc."}
MARIE = {"full_name": "Marie Tremblay", "email": "marie.tremblay@example.com"}

EXPECTED_ME: dict[str, dict[str, object]] = {
    "marie.tremblay": {
        "full_name": "Marie Tremblay",
        "customer": GAGNON,
        "can_place_orders": True,
        "can_see_prices": True,
        "approver": None,
        "is_approver": True,
        "is_staff": False,
    },
    "luc.gagnon": {
        "full_name": "Luc Gagnon",
        "customer": GAGNON,
        "can_place_orders": False,
        "can_see_prices": False,
        "approver": MARIE,
        "is_approver": False,
        "is_staff": False,
    },
    "sophie.roy": {
        "full_name": "Sophie Roy",
        "customer": GAGNON,
        "can_place_orders": True,
        "permission": "place_orders_up_to",
        "order_limit": "2500.00",
        "can_see_prices": True,
        "approver": MARIE,
        "is_approver": False,
        "is_staff": False,
    },
    "jean.dupuis": {
        "full_name": "Jean Dupuis",
        "customer": GAGNON,
        "can_place_orders": True,
        "can_see_prices": True,
        "approver": None,
        "is_approver": False,
        "is_staff": False,
    },
    "paul.bergeron": {
        "full_name": "Paul Bergeron",
        "customer": {"number": "200518", "name": "Les Installations Bergeron"},
        "can_place_orders": True,
        "can_see_prices": True,
        "approver": None,
        "is_approver": False,
        "is_staff": False,
    },
    "ecomm": {
        "full_name": "Équipe Commerce électronique",
        "customer": None,
        "can_place_orders": False,
        "can_see_prices": False,
        "approver": None,
        "is_approver": False,
        "is_staff": True,
    },
}


@pytest.mark.parametrize("username", sorted(EXPECTED_ME))
def test_me_tells_each_demo_user_who_they_are_and_what_they_may_do(api, username):
    me = api.get(f"{API}/me", headers=auth(sign_in(api, username))).json()
    assert set(me) == {
        "username",
        "email",
        "full_name",
        "language",
        "customer",
        "can_place_orders",
        "can_see_prices",
        "approver",
        "is_approver",
        "is_staff",
        "must_change_password",
        "permission",
    } | ({"order_limit"} if username == "sophie.roy" else set())
    assert me["username"] == username
    assert me["email"] == (f"{username}@lumen.ca" if username == "ecomm" else f"{username}@example.com")
    assert me["language"] == ("en" if username == "paul.bergeron" else "fr")
    assert me["must_change_password"] is False
    assert {key: me[key] for key in EXPECTED_ME[username]} == EXPECTED_ME[username]
