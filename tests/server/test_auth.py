"""Signing in and out: tokens, refresh rotation, the sign-in rate limit and the error bodies."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from lumen_server.auth.models import LoginThrottle
from lumen_server.core.db import utcnow
from tests.server.helpers_catalog import API, auth, database_of, sign_in


def test_a_buyer_signs_in_and_gets_both_tokens(api):
    tokens = sign_in(api, "marie.tremblay")
    assert tokens["access_token"] and tokens["refresh_token"] and tokens["access_token"] != tokens["refresh_token"]
    assert tokens["expires_in"] == 15 * 60
    assert api.get(f"{API}/me", headers=auth(tokens)).json()["username"] == "marie.tremblay"


def test_a_wrong_password_answers_401_naming_the_password_in_the_callers_language(api):
    english = api.post(f"{API}/auth/token", json={"username": "marie.tremblay", "password": "nope"})
    assert english.status_code == 401
    assert english.json() == {
        "error": {"code": "invalid_credentials", "message": "Unknown username or wrong password.", "field": "password"}
    }
    french = api.post(
        f"{API}/auth/token", json={"username": "personne", "password": "x"}, headers={"Accept-Language": "fr"}
    )
    assert french.status_code == 401
    assert french.json()["error"]["message"] == "Nom d'utilisateur inconnu ou mot de passe erroné."


def test_repeated_failures_lock_the_username_from_that_address_even_with_the_right_password_until_the_window_passes(
    api, api_settings
):
    for _ in range(api_settings.login_max_failures):
        assert api.post(f"{API}/auth/token", json={"username": "jean.dupuis", "password": "guess"}).status_code == 401

    locked = api.post(f"{API}/auth/token", json={"username": "jean.dupuis", "password": "demo-jean.dupuis"})
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "too_many_attempts"
    assert 0 < int(locked.headers["Retry-After"]) <= api_settings.login_failure_window_seconds
    # Another username is not affected.
    sign_in(api, "marie.tremblay")

    # The failures age out of the window (as if the time had passed): the right password works again.
    window = timedelta(seconds=api_settings.login_failure_window_seconds + 1)
    with database_of(api).session() as session:
        session.execute(update(LoginThrottle).values(window_started_at=utcnow() - window))
    sign_in(api, "jean.dupuis")


def test_refresh_rotates_both_tokens_and_the_old_refresh_token_stops_working(api):
    first = sign_in(api, "sophie.roy")
    second = api.post(f"{API}/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert second.status_code == 200
    renewed = second.json()
    assert renewed["refresh_token"] != first["refresh_token"]
    assert renewed["access_token"] != first["access_token"]
    assert api.get(f"{API}/me", headers=auth(renewed)).status_code == 200
    assert api.get(f"{API}/me", headers=auth(first)).status_code == 401

    reused = api.post(f"{API}/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert reused.status_code == 401
    assert reused.json()["error"]["code"] == "invalid_token"


def test_a_rotated_refresh_token_presented_again_revokes_the_whole_session(api):
    """Someone replays a refresh token already rotated away: both holders lose the session, the one who rotated
    it included, and must sign in again; the person's other sessions are not affected."""
    stolen = sign_in(api, "sophie.roy")
    other_device = sign_in(api, "sophie.roy")
    rotated = api.post(f"{API}/auth/refresh", json={"refresh_token": stolen["refresh_token"]}).json()
    rotated_again = api.post(f"{API}/auth/refresh", json={"refresh_token": rotated["refresh_token"]}).json()
    assert api.get(f"{API}/me", headers=auth(rotated_again)).status_code == 200

    replayed = api.post(f"{API}/auth/refresh", json={"refresh_token": stolen["refresh_token"]})
    assert replayed.status_code == 401
    assert replayed.json()["error"]["code"] == "invalid_token"

    assert api.get(f"{API}/me", headers=auth(rotated_again)).status_code == 401
    newest = api.post(f"{API}/auth/refresh", json={"refresh_token": rotated_again["refresh_token"]})
    assert newest.status_code == 401
    assert api.get(f"{API}/me", headers=auth(other_device)).status_code == 200


def test_logout_revokes_the_session(api):
    tokens = sign_in(api, "paul.bergeron")
    other_device = sign_in(api, "paul.bergeron")
    response = api.post(f"{API}/auth/logout", headers=auth(tokens), json={"refresh_token": tokens["refresh_token"]})
    assert response.status_code == 204

    assert api.get(f"{API}/me", headers=auth(tokens)).status_code == 401
    assert api.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]}).status_code == 401
    assert api.get(f"{API}/me", headers=auth(other_device)).status_code == 200


def test_logout_with_only_the_refresh_token_revokes_too(api):
    tokens = sign_in(api, "paul.bergeron")
    assert api.post(f"{API}/auth/logout", json={"refresh_token": tokens["refresh_token"]}).status_code == 204
    assert api.get(f"{API}/me", headers=auth(tokens)).status_code == 401
    assert api.post(f"{API}/auth/logout", json={"refresh_token": "unknown"}).status_code == 401


def test_calls_without_or_with_a_bad_token_answer_401(api):
    assert api.get(f"{API}/me").json()["error"]["code"] == "not_authenticated"
    bad = api.get(f"{API}/me", headers={"Authorization": "Bearer forged"})
    assert bad.status_code == 401
    assert bad.json()["error"]["code"] == "invalid_token"


def test_malformed_sign_in_bodies_answer_422_naming_the_field(api):
    cases = [
        ({"username": "marie.tremblay"}, "field_required", "password"),
        ({"username": 12, "password": "x"}, "invalid_string", "username"),
        ({"username": "u" * 81, "password": "x"}, "too_long", "username"),
        ({"username": "a", "password": "x", "admin": True}, "unknown_field", "admin"),
    ]
    for body, code, field in cases:
        response = api.post(f"{API}/auth/token", json=body)
        assert response.status_code == 422, body
        assert response.json()["error"]["code"] == code
        assert response.json()["error"]["field"] == field
    broken = api.post(f"{API}/auth/token", content=b"{not json", headers={"Content-Type": "application/json"})
    assert broken.status_code == 422
    assert broken.json()["error"]["code"] == "malformed_json"
    too_long_token = api.post(f"{API}/auth/refresh", json={"refresh_token": "x" * 201})
    assert too_long_token.status_code == 422
    assert too_long_token.json()["error"]["field"] == "refresh_token"
