#!/usr/bin/env python3
"""Set up, run, test and build AIM explainer. Standard library only, so a fresh machine can run it.

    python3.11 build_installer.py run [OPTIONS]  set up .venv, then start the application (OPTIONS go to it)
    python3.11 build_installer.py test [ARGS]    set up .venv, then lint and run every test (ARGS go to pytest;
                                                 -m "not slow" leaves out the exhaustive sweeps)
    python3.11 build_installer.py translations   compile translations/*.ts to .qm, and snapshot the data file
    python3.11 build_installer.py snapshot       validate the bundled data file and write its snapshot
    python3.11 build_installer.py update-ts      refresh translations/*.ts from the source code

The offline installer, built on the platform it is for; each step runs alone or all in order:

    python3.11 build_installer.py check          lint and run every test (the `test` step, without options)
    python3.11 build_installer.py freeze         PyInstaller onedir bundle in dist/aim-explainer/ (windowed)
    python3.11 build_installer.py smoke          start the bundle headless and offline: tests/test_frozen_smoke.py
    python3.11 build_installer.py package        Windows: setup .exe (Inno Setup) and portable .zip; Linux: .tar.gz;
                                                 macOS: .dmg; each with a .sha256 file, in dist/
    python3.11 build_installer.py all            check, translations, freeze, smoke, package; stops at the first failure

The Windows package, built and tested on Linux under Wine (Debian; installs what it needs when root):

    python3.11 build_installer.py windows        Windows Python in Wine: freeze, setup .exe and portable .zip in dist/,
                                                 then install, start offline and uninstall that setup .exe
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
TRANSLATIONS = ROOT / "translations"
APP_CATALOGUE = TRANSLATIONS / "aim_explainer_nb.ts"
REQUIRED_PYTHON = (3, 11)
DIST = ROOT / "dist"
BUILD = ROOT / "build"
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "aim-explainer.spec"


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
    """Compile every translations/*.ts to the .qm that the application loads, and snapshot the data file."""
    lrelease = _pyside_tool("pyside6-lrelease")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        run_command(lrelease, "-silent", ts, "-qm", qm)
    snapshot()


def snapshot() -> None:
    """Validate resources/data/trial-data.csv and write the snapshot the application reads without pandas.

    Done in a Python with pandas: this one when it has it (the tests' session start), else .venv's.
    """
    if importlib.util.find_spec("pandas") is None:
        python = venv_bin("python") if venv_bin("python").exists() else Path(sys.executable)
        run_command(python, str(Path(__file__).resolve()), "snapshot", env=dict(os.environ, PYTHONPATH=str(SRC)))
        return
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    from aim_explainer import paths
    from aim_explainer.core.data import build_snapshot
    from aim_explainer.core.quantities import required_selectors

    build_snapshot(paths.default_data_file(), required_selectors())  # a broken data file stops the build


def update_ts() -> None:
    """Add new interface strings from the code to the Norwegian catalogue (translations are kept)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*.py"))
    run_command(_pyside_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", APP_CATALOGUE.relative_to(ROOT))


def start(app_args: list[str]) -> None:
    setup()
    run_command(venv_bin("aim-explainer"), *app_args)


def lint_and_test(pytest_args: list[str]) -> None:
    setup()
    run_command(venv_bin("ruff"), "check", ".")
    run_command(venv_bin("ruff"), "format", "--check", ".")
    run_command(venv_bin("mypy"))  # src/, core/ strictly: [tool.mypy] in pyproject.toml
    run_command(venv_bin("python"), "-m", "pytest", *pytest_args)


# ---------------------------------------------------------------------------------------------------------------
# The installer: check -> translations -> freeze -> smoke -> package


def check() -> None:
    """Lint and every test; `all` freezes nothing unless this passes."""
    lint_and_test([])


def metadata() -> dict[str, str]:
    """Version and names, imported from the package: its __init__ holds only these and needs nothing but the
    standard library, so this works before .venv exists."""
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    import aim_explainer

    return {"version": aim_explainer.__version__, "name": aim_explainer.APP_NAME, "id": aim_explainer.APP_ID}


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def freeze() -> None:
    """PyInstaller, onedir and windowed, from packaging/aim-explainer.spec (no --strip, no UPX)."""
    setup()  # the lock holds PyInstaller; also compiles the translations the bundle carries
    started = time.monotonic()
    run_command(
        venv_bin("python"), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", BUILD / "pyinstaller", SPEC,
    )  # fmt: skip
    bundle = frozen_executable().parent
    print(f"froze {bundle.relative_to(ROOT)} in {time.monotonic() - started:.0f} s, {_mib(_size(bundle))}")


def onedir_executable() -> Path:
    """The executable of the onedir bundle in dist/, which the .zip and .tar.gz packages hold."""
    app_id = metadata()["id"]
    return DIST / app_id / (app_id + (".exe" if os.name == "nt" else ""))


def frozen_executable() -> Path:
    """The executable that the packages ship: the onedir bundle's, or on macOS the one inside the .app."""
    meta = metadata()
    if sys.platform == "darwin":
        return DIST / f"{meta['name']}.app" / "Contents" / "MacOS" / meta["id"]
    return onedir_executable()


def smoke() -> None:
    """The frozen application, started as a user would but headless, offline where possible: every check is a
    test in tests/test_frozen_smoke.py (its one home), run here with `pytest -m frozen`."""
    executable = frozen_executable()
    if not executable.is_file():
        sys.exit(f"no frozen application at {executable}: run the freeze step first")
    print(f"smoke test of {executable.relative_to(ROOT)}", flush=True)
    # One process: the checks share a bundle started once per module, which each worker would start again.
    run_command(venv_bin("python"), "-m", "pytest", "-m", "frozen", "--numprocesses=0", "tests/test_frozen_smoke.py")


def package() -> None:
    """The packages of this platform from the frozen bundle, each with a SHA-256 checksum file."""
    meta = metadata()
    executable = frozen_executable()
    if not executable.is_file():
        sys.exit(f"no frozen application at {executable}: run the freeze (and smoke) step first")
    # packaging/ is not a Python package (the name would hide the `packaging` library): load the file itself
    spec = importlib.util.spec_from_file_location("installers", PACKAGING / "installers.py")
    installers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(installers)
    started = time.monotonic()
    packages = installers.build_packages(DIST, meta)
    print(f"packaged in {time.monotonic() - started:.0f} s (bundle {_mib(_size(DIST / meta['id']))}):")
    for path in packages:
        checksum = installers.write_checksum(path)
        print(f"  {path.relative_to(ROOT)}  {_mib(path.stat().st_size)}  ({checksum.name})")


def windows() -> None:
    """The Windows package on Linux, under Wine: packaging/windows_build.py (loaded like installers.py)."""
    spec = importlib.util.spec_from_file_location("windows_build", PACKAGING / "windows_build.py")
    windows_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(windows_build)
    started = time.monotonic()
    windows_build.build(ROOT, metadata(), translations)
    print(f"Windows build, install, start and uninstall under Wine in {time.monotonic() - started:.0f} s")


def build_all() -> None:
    """Every step in order; each stops the build when it fails, so nothing is frozen unless the checks pass."""
    for step in (check, translations, freeze, smoke, package):
        print(f"== {step.__name__}", flush=True)
        step()


# step name: (what it does, the function; None for run and test, which pass the rest of the line on)
STEPS = {
    "setup": ("create .venv with the locked versions, and compile the translations", setup),
    "run": ("set up .venv, then start the application; options after `run` go to the application", None),
    "test": ("set up .venv, then lint and run every test; arguments after `test` go to pytest", None),
    "translations": ("compile translations/*.ts to .qm, and snapshot the data file", translations),
    "snapshot": ("validate the bundled data file and write the snapshot read at start", snapshot),
    "update-ts": ("refresh translations/*.ts from the source code", update_ts),
    "check": ("lint and run every test (the installer's first step)", check),
    "freeze": ("PyInstaller onedir bundle in dist/ (windowed)", freeze),
    "smoke": ("start the bundle headless and offline, and run its tests", smoke),
    "package": ("this platform's installer packages, each with a .sha256 file, in dist/", package),
    "all": ("check, translations, freeze, smoke, package; stops at the first failure", build_all),
    "windows": ("on Linux, under Wine: the Windows packages built, installed, started and uninstalled", windows),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="build_installer.py", description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True, metavar="STEP")
    passed_on = {"run": "[APPLICATION OPTION ...]", "test": "[PYTEST ARGUMENT ...]"}
    for name, (summary, _function) in STEPS.items():
        usage = f"%(prog)s [-h] {passed_on[name]}" if name in passed_on else None
        steps.add_parser(name, help=summary, description=summary, usage=usage)
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = build_parser()
    # Known-args parsing: what follows `run` or `test` is the application's or pytest's, options included.
    args, rest = parser.parse_known_args(argv)
    if rest and args.step not in ("run", "test"):
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    try:
        if args.step == "run":
            start(rest)
        elif args.step == "test":
            lint_and_test(rest)
        else:
            STEPS[args.step][1]()
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)


if __name__ == "__main__":
    main()
