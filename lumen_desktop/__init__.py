"""Lumen Desktop: the PySide6 ordering app over the Lumen API v1.

Where things are (each module's docstring says how to use it):
- ``api``          the typed HTTP client (``ApiClient``; ``ApiError``/``SessionExpired``/``ServiceUnreachable``)
- ``ops``          ``Op(parent, call, on_success).on_failure(fn).run(pool="http"|"store")`` — all I/O goes here
- ``context``      ``AppContext`` given to every view: me, client, formatter, i18n, connection, settings
- ``sections``     ``register_section(...)``: how a view becomes a sidebar section of the main window
- ``i18n``         runtime FR/EN switch, how to write a translated widget; ``formatting`` for money/dates
- ``connection``   online/offline state and automatic retry; ``widgets.connection_banner`` shows it
- ``failures``     the one default way an unexpected error reaches the user
- ``settings`` / ``secrets``   QSettings preferences / refresh token in the OS keyring
- ``app``          sign-in → password change → main window, sign-out, session expired
- ``views``        sign-in, change-password, main window (section pages plug in via ``sections``)
- ``demo_service`` ``--demo``: the embedded service as a child process
"""
