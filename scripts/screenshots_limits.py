"""Pictures of the spending limit in the cart: sophie.roy's 3 000 $ cart, over her 2 500,00 $ limit, in French and
English at 1100×720 (run through ``xvfb-run``, like scripts/screenshots).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_limits.py --out DIR
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import OUT, Shots, demo_service, settle  # the sibling script, found through sys.path

from lumen_desktop import style
from lumen_desktop.api import ApiClient
from lumen_server.testing import LiveServer


def fill_sophies_cart(server: LiveServer) -> None:
    client = ApiClient(server.address, language="en")
    client.auth.sign_in("sophie.roy", "demo-sophie.roy")
    for query, dollars in (("THHN 12", 1800), ("disjoncteur 20", 1200)):
        product = next(p for p in client.catalog.search(q=query, page_size=10).items if p.price is not None)
        assert product.price is not None
        multiples = int(Decimal(dollars) / (product.price / product.price_unit * product.sale_multiple)) + 1
        client.cart.add_lines([{"sku": product.sku, "quantity": product.sale_multiple * multiples}])
    client.cart.update_details(po_number="ROY-3000", job_name="Tour Brossard")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    style.apply(app)
    with demo_service() as (server, folder):
        fill_sophies_cart(server)
        for language in ("fr", "en"):
            shots = Shots(app, server, folder, args.out, (1100, 720))
            _ctx, window = shots.window("sophie.roy", "cart", language)
            view = window.current_page()
            settle(app, lambda view=view: view.limited_actions is not None and view.model.rowCount() > 0)
            shots.save(window, "cart-over-limit", language)
            window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
