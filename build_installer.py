#!/usr/bin/env python3
"""Set up, run, test and build AIM explainer. Standard library only, so a fresh machine can run it.

    python3.11 build_installer.py run            set up .venv, then start the application
    python3.11 build_installer.py test           set up .venv, then lint and run every test
    python3.11 build_installer.py translations   compile translations/*.ts to .qm
    python3.11 build_installer.py update-ts      refresh translations/*.ts from the source code

Later steps of the installer build (freeze, smoke, package) join this file as they are written.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
TRANSLATIONS = ROOT / "translations"
APP_CATALOGUE = TRANSLATIONS / "aim_explainer_nb.ts"
REQUIRED_PYTHON = (3, 11)


def venv_bin(name: str) -> Path:
    folder = VENV / ("Scripts" if os.name == "nt" else "bin")
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def run_command(*args: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True, env=env)


def _stamp() -> str:
    digest = hashlib.sha256()
    for path in (LOCK, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def setup() -> None:
    """Create .venv with the locked versions and the project itself; skipped when nothing changed."""
    if sys.version_info[:2] != REQUIRED_PYTHON:
        sys.exit(f"Python {REQUIRED_PYTHON[0]}.{REQUIRED_PYTHON[1]} is required, this is {sys.version.split()[0]}")
    stamp_file = VENV / ".installed"
    if stamp_file.exists() and stamp_file.read_text() == _stamp() and venv_bin("python").exists():
        print(".venv is up to date")
    else:
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
        python = venv_bin("python")
        run_command(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run_command(python, "-m", "pip", "install", "--quiet", "-r", LOCK)
        run_command(python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "-e", ".")
        stamp_file.write_text(_stamp())
    translations()


def _pyside_tool(name: str) -> Path:
    for folder in (venv_bin("python").parent, Path(sys.executable).parent):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return candidate
    sys.exit(f"{name} not found: run 'build_installer.py run' or 'test' once to set up .venv")


def translations() -> None:
    """Compile every translations/*.ts to the .qm that the application loads."""
    lrelease = _pyside_tool("pyside6-lrelease")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        run_command(lrelease, "-silent", ts, "-qm", qm)


def update_ts() -> None:
    """Add new interface strings from the code to the Norwegian catalogue (translations are kept)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*.py"))
    run_command(_pyside_tool("pyside6-lupdate"), *sources, "-ts", APP_CATALOGUE.relative_to(ROOT))


def start() -> None:
    setup()
    run_command(venv_bin("aim-explainer"), *sys.argv[2:])


def test() -> None:
    setup()
    run_command(venv_bin("ruff"), "check", ".")
    run_command(venv_bin("ruff"), "format", "--check", ".")
    run_command(venv_bin("python"), "-m", "pytest", *sys.argv[2:])


STEPS = {"setup": setup, "run": start, "test": test, "translations": translations, "update-ts": update_ts}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in STEPS:
        print(__doc__)
        sys.exit(2)
    try:
        STEPS[sys.argv[1]]()
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)


if __name__ == "__main__":
    main()
