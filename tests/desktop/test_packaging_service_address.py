"""Pointing an office at its company's service: the address the sign-in window shows, first match wins —
the user's own (where they signed in last) > ``LUMEN_SERVICE_URL`` > the machine-wide INI an administrator wrote
(``<XDG_CONFIG_DIRS>/Lumen/lumen-desktop.ini``) > the built-in ``http://127.0.0.1:8765``.

Each case starts the real app (``python -m lumen_desktop --smoke-test``) with its own XDG folders and environment,
so the files are found where Qt looks for them on a real machine, and reads the address field it shows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lumen_desktop.settings import DEFAULT_ADDRESS

MACHINE_ADDRESS = "https://lumen.gagnon.example:8443"
ENVIRONMENT_ADDRESS = "https://lumen-env.gagnon.example"
USER_ADDRESS = "http://10.0.0.7:8765"


@pytest.fixture
def machine(tmp_path: Path) -> dict[str, str]:
    """A machine whose administrator wrote the INI, and a user who never signed in."""
    system = tmp_path / "etc-xdg"
    (system / "Lumen").mkdir(parents=True)
    (system / "Lumen" / "lumen-desktop.ini").write_text(f"[service]\naddress={MACHINE_ADDRESS}\n", encoding="utf-8")
    return {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_CONFIG_DIRS": str(system),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "en_CA.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


ROOT = Path(__file__).resolve().parents[2]


def address_shown(env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "lumen_desktop", "--smoke-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("address: ")]
    return line.removeprefix("address: ")


def test_without_any_setting_the_service_on_this_computer_is_proposed(machine: dict[str, str], tmp_path: Path):
    env = machine | {"XDG_CONFIG_DIRS": str(tmp_path / "nothing-here")}
    assert address_shown(env) == DEFAULT_ADDRESS


def test_the_administrators_machine_wide_ini_is_the_default(machine: dict[str, str]):
    assert address_shown(machine) == MACHINE_ADDRESS


def test_the_environment_variable_wins_over_the_machine_ini(machine: dict[str, str]):
    assert address_shown(machine | {"LUMEN_SERVICE_URL": ENVIRONMENT_ADDRESS}) == ENVIRONMENT_ADDRESS


def test_the_address_a_user_signed_in_to_wins_over_both(machine: dict[str, str]):
    own = Path(machine["XDG_CONFIG_HOME"]) / "Lumen" / "Lumen Desktop.conf"
    own.parent.mkdir(parents=True)
    own.write_text(f"[service]\naddress={USER_ADDRESS}\n", encoding="utf-8")
    env = machine | {"LUMEN_SERVICE_URL": ENVIRONMENT_ADDRESS}
    assert address_shown(env) == USER_ADDRESS
