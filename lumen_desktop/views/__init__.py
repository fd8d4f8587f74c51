"""The windows and dialogs. Section pages (Catalog, Cart...) plug into the main window via ``sections``."""
