"""The Windows build's first step on a Debian host whose amd64 library is newer than the release's i386 twin
(a security update of libgstreamer-plugins-base1.0-0): apt held 32-bit Wine back as "broken". The decision is
tested on apt's and dpkg's output as a host gives it; the build itself is not run (it takes many minutes)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "windows_wine", Path(__file__).parents[1] / "packaging" / "windows_wine.py"
)
wine = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wine)

DPKG = """\
libgstreamer-plugins-base1.0-0 amd64 1.22.0-3+deb12u4 same ii
libc6 amd64 2.36-9+deb12u10 same ii
libglib2.0-0 amd64 2.74.6-2+deb12u5 same ii
python3.11 amd64 3.11.2-6 allowed ii
libold amd64 1.0-1 same rc
libc6 i386 2.36-9+deb12u10 same ii
"""
MADISON = """\
libgstreamer-plugins-base1.0-0 | 1.22.0-3+deb12u4 | http://security.debian.org bookworm-security/main i386 Packages
libgstreamer-plugins-base1.0-0 | 1.22.0-3+deb12u2 | http://deb.debian.org/debian bookworm/main i386 Packages
      libc6 | 2.36-9+deb12u10 | http://deb.debian.org/debian bookworm/main i386 Packages
libglib2.0-0 | 2.74.6-2+deb12u5 | http://deb.debian.org/debian bookworm/main i386 Packages
"""


def test_a_newer_amd64_library_gets_its_i386_twin_at_the_same_version() -> None:
    installed = wine.multiarch_same_installed(DPKG, "amd64")
    assert installed == {
        "libgstreamer-plugins-base1.0-0": "1.22.0-3+deb12u4",
        "libc6": "2.36-9+deb12u10",
        "libglib2.0-0": "2.74.6-2+deb12u5",
    }  # only this architecture's, installed, Multi-Arch: same
    pins, missing = wine.plan_i386_twins(installed, wine.i386_versions(MADISON), "bookworm")
    assert pins == ["libgstreamer-plugins-base1.0-0:i386=1.22.0-3+deb12u4"]  # the others match the release
    assert missing == []


def test_a_twin_the_archive_lacks_is_named_with_the_fix() -> None:
    without_security = "\n".join(line for line in MADISON.splitlines() if "security" not in line)
    installed = wine.multiarch_same_installed(DPKG, "amd64")
    pins, missing = wine.plan_i386_twins(installed, wine.i386_versions(without_security), "bookworm")
    assert pins == []
    assert len(missing) == 1
    assert missing[0].startswith("libgstreamer-plugins-base1.0-0:i386 1.22.0-3+deb12u4 is not in the archive")
    assert "libgstreamer-plugins-base1.0-0=1.22.0-3+deb12u2" in missing[0]  # the fix: the release's version


def test_the_build_stops_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    without_security = "\n".join(line for line in MADISON.splitlines() if "security" not in line)
    answers = {"dpkg": "amd64\n", "dpkg-query": DPKG, "apt-cache": without_security}

    class Done:
        def __init__(self, stdout: str) -> None:
            self.stdout = stdout

    monkeypatch.setattr(wine.subprocess, "run", lambda args, **_kw: Done(answers[args[0]]))
    with pytest.raises(SystemExit) as stopped:
        wine._i386_twins("bookworm")
    message = str(stopped.value.code)
    assert "\n" not in message
    assert message.startswith("the Windows build cannot install 32-bit Wine: libgstreamer-plugins-base1.0-0:i386")
