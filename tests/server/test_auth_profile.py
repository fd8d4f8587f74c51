"""``PATCH /me``: a person sets the language of their account (the one their e-mails are written in)."""

from __future__ import annotations

from sqlalchemy import update

from lumen_server.auth.models import User
from tests.server.helpers_catalog import API, auth, database_of, sign_in


def test_my_language_is_saved_and_answered_as_get_me_does(api):
    headers = auth(sign_in(api, "luc.gagnon"))
    assert api.get(f"{API}/me", headers=headers).json()["language"] == "fr"

    changed = api.patch(f"{API}/me", headers=headers, json={"language": "en"})

    assert changed.status_code == 200, changed.text
    assert changed.json() == api.get(f"{API}/me", headers=headers).json()
    assert changed.json()["language"] == "en"
    assert api.patch(f"{API}/me", headers=headers, json={}).json()["language"] == "en"  # {} changes nothing


def test_a_language_the_service_does_not_speak_is_refused_naming_the_field(api):
    headers = auth(sign_in(api, "luc.gagnon"))
    for body in ({"language": "de"}, {"language": None}, {"language": 1}):
        response = api.patch(f"{API}/me", headers=headers, json=body)
        if body["language"] is None:
            assert response.status_code == 200  # null is "not sent"
            continue
        assert response.status_code == 422, body
        assert response.json()["error"]["field"] == "language"
    unknown = api.patch(f"{API}/me", headers=headers, json={"username": "someone.else"})
    assert (unknown.status_code, unknown.json()["error"]["code"]) == (422, "unknown_field")
    assert api.get(f"{API}/me", headers=headers).json()["username"] == "luc.gagnon"


def test_signed_out_callers_are_refused_and_a_new_account_may_set_it_before_its_password_change(api):
    assert api.patch(f"{API}/me", json={"language": "en"}).status_code == 401
    headers = auth(sign_in(api, "sophie.roy"))
    with database_of(api).session() as session:
        session.execute(update(User).where(User.username == "sophie.roy").values(must_change_password=True))
    assert api.get(f"{API}/cart", headers=headers).status_code == 403
    assert api.patch(f"{API}/me", headers=headers, json={"language": "en"}).json()["language"] == "en"


def test_patch_me_is_in_the_served_openapi(api):
    operation = api.get(f"{API}/openapi.json").json()["paths"]["/api/v1/me"]["patch"]
    schema_ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert schema_ref.endswith("/ProfileUpdate")
