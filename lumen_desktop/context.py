"""``AppContext``: what every view receives — the signed-in user, the API client, settings, formatter,
connection state, and the app-wide signals. Views keep a reference and never create their own client.

    ctx.me                 # api.Me of the signed-in user (None before sign-in)
    ctx.client             # api.ApiClient — only inside Op calls
    ctx.formatter          # formatting.Formatter of the current language
    ctx.i18n               # i18n.LanguageManager (set_language, sig_language_changed)
    ctx.connection         # connection.ConnectionState (is_online, sig_online_changed)
    ctx.settings, ctx.secrets
    ctx.sig_me_changed     # re-read role-dependent things (prices, approver...) when it fires
    ctx.account_language   # account_language.AccountLanguage: PATCH /me when the app's language changes

Creating the context installs the ``ops`` hooks (connection feed, session-expired, default failure handler) and
moves Python's garbage collection to the GUI thread (``gui_gc``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from . import ops
from .account_language import AccountLanguage
from .api import ApiClient, Me, SessionExpired, Tokens
from .connection import ConnectionState
from .failures import show_failure
from .formatting import Formatter
from .gui_gc import collect_on_gui_thread
from .i18n import LanguageManager
from .secrets import SecretStore
from .settings import Settings

Q = TypeVar("Q", bound=QObject)


@dataclass(frozen=True)
class DemoUser:
    """A demo account listed by the sign-in dialog in demo mode (password ``demo-<username>``)."""

    username: str
    role: str  # "buyer", "approver", "requester", "limited" (places orders up to a limit) or "staff"
    sees_prices: bool

    @property
    def password(self) -> str:
        return f"demo-{self.username}"


class AppContext(QObject):
    sig_me_changed = Signal(object)
    """The signed-in user changed (api.Me, or None after sign-out)."""
    sig_cart_changed = Signal()
    """The service's cart was changed outside the Cart section (catalog, template, reorder): it reloads."""
    sig_orders_changed = Signal()
    """An order was placed from this app (checkout, or an approval): order lists reload."""
    sig_templates_changed = Signal()
    """A template was saved outside the Order templates section (from the cart): the list reloads."""
    sig_session_expired = Signal()
    """The session could not be refreshed: the app must ask to sign in again (emitted once until then)."""
    _sig_tokens_changed = Signal(object)
    """Internal: new tokens from a worker thread, queued to the GUI thread to be saved in the keyring."""

    def __init__(
        self,
        settings: Settings,
        client: ApiClient | None = None,
        secrets: SecretStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        collect_on_gui_thread()
        self.settings = settings
        self.secrets = secrets or SecretStore()
        self.i18n = LanguageManager(settings.language, self)
        self.client = client or ApiClient(settings.service_address, language=self.i18n.language)
        self.client.language = self.i18n.language
        self.connection = ConnectionState(self._probe, self)
        self.demo_users: list[DemoUser] = []
        self._me: Me | None = None
        self._session_expired_pending = False
        self.i18n.sig_language_changed.connect(self._on_language_changed)
        self._sig_tokens_changed.connect(self._remember_tokens, Qt.ConnectionType.QueuedConnection)
        self.client.on_tokens_changed = self._sig_tokens_changed.emit
        ops.configure(
            connection=self.connection, session_expired=self._on_session_expired, default_failure=show_failure
        )
        self.account_language = AccountLanguage(self)  # the account's language (e-mails) follows the app's

    @property
    def me(self) -> Me | None:
        return self._me

    @property
    def formatter(self) -> Formatter:
        return self.i18n.formatter

    def shared(self, kind: type[Q], name: str, make: Callable[[], Q]) -> Q:
        """The context's one ``kind`` object called ``name``, made by ``make`` (with the context as its parent)
        the first time it is asked for."""
        existing = self.findChild(kind, name)
        if existing is not None:
            return existing
        made = make()
        made.setObjectName(name)
        return made

    def set_me(self, me: Me | None) -> None:
        """Called by the sign-in flow; clears a pending session-expired state."""
        self._me = me
        self._session_expired_pending = False
        self.sig_me_changed.emit(me)

    def _probe(self) -> object:
        """The connection banner's retry: ``/me`` when signed in (also refreshes the token), else ``/health``."""
        return self.client.me() if self.client.is_signed_in else self.client.health()

    def _on_language_changed(self, language: str) -> None:
        self.client.language = language
        self.settings.language = language

    def _on_session_expired(self, _error: SessionExpired) -> None:
        if self._me is not None and not self._session_expired_pending:
            self._session_expired_pending = True
            self.sig_session_expired.emit()

    def _remember_tokens(self, tokens: Tokens | None) -> None:
        """Keeps the keyring copy in step with token rotation (refresh) and revocation (None), only for a
        signed-in user who chose "Remember me"; the sign-in dialog stores the first token itself."""
        if self._me is None or not self.settings.remember_me:
            return
        address, username, secrets = self.client.address, self._me.username, self.secrets
        if tokens is None:
            ops.Op(self, lambda: secrets.delete_refresh_token(address, username)).run(pool="store")
        else:
            token = tokens.refresh_token
            ops.Op(self, lambda: secrets.save_refresh_token(address, username, token)).run(pool="store")
