"""`lumen-desktop --demo`'s service: started in the user's data folder, kept between runs, stopped with the app."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lumen_desktop.api import ApiClient, ServiceUnreachable
from lumen_desktop.demo_service import DemoService, demo_data_dir
from lumen_desktop.demo_users import DEMO_USERS


def test_the_demo_service_serves_the_demo_users_and_keeps_its_data_between_runs(user_data_folder):
    demo = DemoService()
    assert demo.data_dir == demo_data_dir() and str(user_data_folder) in str(demo.data_dir)

    demo.start()
    try:
        demo.wait_until_healthy()
        client = ApiClient(demo.address, language="en")
        for user in DEMO_USERS:
            client.auth.sign_in(user.username, user.password)
            assert client.me().username == user.username
        client.auth.sign_in("luc.gagnon", "demo-luc.gagnon")
        product = client.catalog.search(q="THHN 12", page_size=1).items[0]
        client.cart.add_lines([{"sku": product.sku, "quantity": product.sale_multiple}])
    finally:
        demo.stop()

    with pytest.raises(ServiceUnreachable):
        ApiClient(demo.address, retries=0).health(timeout=1.0)

    again = DemoService()  # the next start of the app: same folder, same database, luc's cart still there
    again.start()
    try:
        again.wait_until_healthy()
        client = ApiClient(again.address, language="en")
        client.auth.sign_in("luc.gagnon", "demo-luc.gagnon")
        assert [line.sku for line in client.cart.get().lines] == [product.sku]
    finally:
        again.stop()
    assert again.log_path.read_text().count("Loaded the demo data.") == 1


def test_a_demo_service_that_dies_is_reaped_and_started_again(user_data_folder):
    demo = DemoService()
    demo.start()
    try:
        demo.wait_until_healthy()
        assert not demo.restart_if_dead()  # alive: left alone
        dead = demo.process
        assert dead is not None
        dead.kill()
        os.waitid(os.P_PID, dead.pid, os.WEXITED | os.WNOWAIT)  # it has exited: a zombie until reaped
        assert Path(f"/proc/{dead.pid}").exists()
        assert demo.restart_if_dead()
        assert dead.returncode is not None and demo.process is not dead
        assert not Path(f"/proc/{dead.pid}").exists()  # reaped: no zombie left behind
        demo.wait_until_healthy()
        ApiClient(demo.address, retries=0).health(timeout=5.0)
        assert demo.restarts == 1
    finally:
        demo.stop()
