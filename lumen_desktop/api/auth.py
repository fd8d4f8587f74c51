"""``/auth/*``: sign-in, refresh, sign-out and password change. Sign-in and refresh store the tokens in the
client (and so notify ``ApiClient.on_tokens_changed``)."""

from __future__ import annotations

import contextlib

from .base import CallGroup
from .errors import ApiError, ServiceUnreachable
from .types import Tokens


class AuthCalls(CallGroup):
    def sign_in(self, username: str, password: str) -> Tokens:
        """``POST /auth/token``. Wrong credentials: ``ApiError`` 401 ``invalid_credentials``; too many: 429."""
        # auth=False: a 401 here means wrong credentials, not an access token to refresh.
        response = self._client.request(
            "POST", "/auth/token", json={"username": username, "password": password}, auth=False
        )
        tokens = Tokens.from_json(response.json())
        self._client.set_tokens(tokens)
        return tokens

    def sign_in_with_refresh_token(self, refresh_token: str) -> Tokens:
        """Silent sign-in at start with the refresh token remembered in the keyring."""
        return self.refresh(refresh_token)

    def refresh(self, refresh_token: str) -> Tokens:
        """``POST /auth/refresh`` (public): new tokens, adopted by the client."""
        response = self._client.request("POST", "/auth/refresh", json={"refresh_token": refresh_token}, auth=False)
        tokens = Tokens.from_json(response.json())
        if not tokens.refresh_token:  # a service that does not rotate keeps the old one valid
            tokens = tokens.model_copy(update={"refresh_token": refresh_token})
        self._client.set_tokens(tokens)
        return tokens

    def sign_out(self) -> None:
        """Drops the tokens locally at once, then revokes them on the service (``revoke``)."""
        tokens = self._client.tokens
        self._client.set_tokens(None)
        if tokens is not None:
            self.revoke(tokens)

    def revoke(self, tokens: Tokens) -> None:
        """``POST /auth/logout`` for tokens already dropped locally (so a new sign-in meanwhile is untouched).
        Never fails: signing out must always work locally, and the tokens expire on their own anyway."""
        with contextlib.suppress(ApiError, ServiceUnreachable):
            self._client.request(
                "POST",
                "/auth/logout",
                json={"refresh_token": tokens.refresh_token},
                auth=False,
                headers={"Authorization": f"Bearer {tokens.access_token}"},
            )

    def change_password(self, current_password: str, new_password: str) -> None:
        """``POST /auth/password``; a refused new password is a 422 ``ApiError`` naming the field."""
        self._client.send_json(
            "POST", "/auth/password", {"current_password": current_password, "new_password": new_password}
        )
