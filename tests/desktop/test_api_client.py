"""The API client against the real service: errors, silent refresh, prices absent for no-price users."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

import pytest

from lumen_desktop.api import ApiClient, ApiError, ServiceUnreachable, SessionExpired, Tokens
from lumen_server.testing import LiveServer


@pytest.fixture
def client(make_client: Callable[..., ApiClient], live_server: LiveServer) -> ApiClient:
    return make_client(live_server, "en")


def signed_in(client: ApiClient, username: str) -> ApiClient:
    client.auth.sign_in(username, f"demo-{username}")
    return client


def test_a_wrong_password_is_an_api_error_naming_the_field(client: ApiClient) -> None:
    with pytest.raises(ApiError) as refused:
        client.auth.sign_in("marie.tremblay", "not-her-password")
    assert refused.value.status == 401
    assert refused.value.code == "invalid_credentials"
    assert refused.value.field
    assert refused.value.message
    assert not client.is_signed_in


def test_me_tells_who_is_signed_in_and_what_they_may_do(client: ApiClient) -> None:
    me = signed_in(client, "marie.tremblay").me()
    assert me.username == "marie.tremblay"
    assert me.customer is not None and me.customer.number == "100234"
    assert me.can_place_orders and me.can_see_prices and me.is_approver
    luc = signed_in(client, "luc.gagnon").me()
    assert luc.is_requester and not luc.can_see_prices
    assert luc.approver is not None and luc.approver.full_name


def test_a_user_without_prices_gets_no_price_at_all(client: ApiClient) -> None:
    signed_in(client, "luc.gagnon")
    page = client.catalog.search(q="", page_size=5)
    assert page.items, "the demo catalog is not empty"
    assert all(product.price is None for product in page.items)
    assert all("price" not in product.model_fields_set for product in page.items)


def test_an_expired_access_token_is_refreshed_silently_once(client: ApiClient) -> None:
    tokens = signed_in(client, "jean.dupuis").tokens
    assert tokens is not None
    seen: list[Tokens | None] = []
    client.on_tokens_changed = seen.append
    client.set_tokens(
        Tokens(access_token="not-a-valid-access-token", refresh_token=tokens.refresh_token, expires_in=900)
    )
    seen.clear()
    assert client.me().username == "jean.dupuis"
    assert len(seen) == 1 and seen[0] is not None
    assert seen[0].access_token != "not-a-valid-access-token"


def test_threads_hitting_an_expired_token_together_refresh_only_once(client: ApiClient) -> None:
    tokens = signed_in(client, "jean.dupuis").tokens
    assert tokens is not None
    refreshes: list[Tokens | None] = []
    client.set_tokens(Tokens(access_token="stale", refresh_token=tokens.refresh_token, expires_in=900))
    client.on_tokens_changed = refreshes.append
    names: list[str] = []
    threads = [threading.Thread(target=lambda: names.append(client.me().username)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert names == ["jean.dupuis"] * 4
    assert len(refreshes) == 1


def test_a_refused_refresh_means_the_session_expired(client: ApiClient) -> None:
    signed_in(client, "jean.dupuis")
    client.set_tokens(Tokens(access_token="stale", refresh_token="not-a-refresh-token", expires_in=900))
    with pytest.raises(SessionExpired):
        client.me()
    assert not client.is_signed_in


def test_no_answer_at_all_is_service_unreachable_not_an_api_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once the socket closes
    client = ApiClient(f"http://127.0.0.1:{port}", retries=0)
    with pytest.raises(ServiceUnreachable) as failed:
        client.health(timeout=1)
    assert not isinstance(failed.value, ApiError)
    with pytest.raises(ServiceUnreachable):
        client.auth.sign_in("marie.tremblay", "demo-marie.tremblay")


def test_the_inbox_summary_answers_nothing_new_with_its_etag(client: ApiClient) -> None:
    signed_in(client, "marie.tremblay")
    first = client.inbox.summary()
    assert first is not None and first.etag
    assert client.inbox.summary(first.etag) is None


def test_a_requester_can_never_place_an_order(client: ApiClient) -> None:
    signed_in(client, "luc.gagnon")
    with pytest.raises(ApiError) as refused:
        client.cart.checkout({"method": "delivery"}, idempotency_key="luc-test-1")
    assert refused.value.status == 403 and refused.value.code == "approval_required"


def test_catalog_texts_follow_the_language(client: ApiClient) -> None:
    signed_in(client, "marie.tremblay")
    sku = client.catalog.search(page_size=1).items[0].sku
    client.language = "fr"
    french = client.catalog.product(sku)
    client.language = "en"
    english = client.catalog.product(sku)
    assert french.sku == english.sku == sku
    assert (french.name, french.description) != (english.name, english.description)
    assert french.price is not None and french.price == english.price
