"""`build_installer.py windows`: the Windows package built, installed, started and uninstalled on Linux, under Wine.

The Windows CPython (in Wine) installs the lock's Windows wheels, freezes with packaging/aim-explainer.spec,
and the bundle is checked and started; then the portable .zip and the Inno Setup setup.exe go to dist/ with
their .sha256, and that same setup.exe is installed silently for the current user, the installed program is
started offline (first paint, text of every chapter, screenshots in both languages), and uninstalled.
Standard library only; the cache (build/windows-cache) keeps Wine's prefix, Python and downloads between runs.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


wine_setup = _load("windows_wine")
installers = _load("installers")

# Anything of these in the log or on stderr of a start fails the build (as in tests/test_frozen_smoke.py).
FATAL_MARKERS = ("Traceback", "Fatal Python error", "ImportError", "Could not load the Qt platform plugin",
                 "translation catalogue", "not found", "Error", "CRITICAL")  # fmt: skip
LANGUAGES = ("nb", "en")
CACHE_ENV = "AIM_EXPLAINER_WINDOWS_CACHE"


def windows_requirements(lock: str) -> str:
    """The lock as Windows reads it: this machine's pip would judge `sys_platform` markers for Linux and skip
    the Windows-only packages (pefile, pywin32-ctypes) that PyInstaller needs there."""
    lines = []
    for line in lock.splitlines():
        requirement, _, marker = line.partition(";")
        if 'sys_platform == "win32"' in marker:
            lines.append(requirement.rstrip())
        elif "sys_platform" not in marker:
            lines.append(line)
    return "\n".join(lines) + "\n"


def _pdf_pages(path: Path) -> int:
    """Pages of a PDF that Qt wrote (its page objects are plain dictionaries)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


class Build:
    def __init__(self, root: Path, meta: dict[str, str]) -> None:
        self.root, self.meta = root, meta
        # Kept between runs; a folder outside the checkout (CACHE_ENV) survives a clean clone too.
        self.cache = Path(os.environ.get(CACHE_ENV) or root / "build" / "windows-cache").resolve()
        self.dist = root / "dist"
        self.frozen = root / "build" / "windows" / "dist"
        self.bundle = self.frozen / meta["id"]
        self.checks = self.cache / "checks"  # screenshots and text of the last run, to look at
        self.times: list[tuple[str, float]] = []
        self.wine: object = None

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        print(f"== windows: {name}", flush=True)
        started = time.monotonic()
        yield
        self.times.append((name, time.monotonic() - started))
        print(f"== windows: {name} took {self.times[-1][1]:.0f} s", flush=True)

    # -- Python and the freeze -----------------------------------------------------------------------------
    def install_wheels(self, python: Path) -> None:
        """The lock's Windows wheels, fetched with this machine's pip and installed by the Windows pip."""
        lock = self.root / "requirements.lock"
        stamp, wanted = python.parent / ".installed", wine_setup.sha256(lock)
        if stamp.exists() and stamp.read_text() == wanted:
            print("Windows Python has the locked packages")
            return
        wheels, windows_lock = self.cache / "wheels", self.cache / "requirements-windows.lock"
        windows_lock.write_text(windows_requirements(lock.read_text(encoding="utf-8")), encoding="utf-8")
        wine_setup.run(
            sys.executable, "-m", "pip", "download", "--quiet", "--platform", "win_amd64", "--python-version",
            "3.11", "--implementation", "cp", "--only-binary=:all:", "-r", windows_lock, "--dest", wheels, echo=False,
        )  # fmt: skip
        w = self.wine
        w(
            python, "-m", "pip", "install", "--quiet", "--no-warn-script-location", "--no-index",
            "--find-links", w.path(wheels), "-r", w.path(windows_lock),
        )  # fmt: skip
        stamp.write_text(wanted)

    def freeze(self, python: Path) -> None:
        w = self.wine
        w(
            python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", w.path(self.frozen), "--workpath", w.path(self.root / "build" / "windows" / "work"),
            w.path(PACKAGING / "aim-explainer.spec"), cwd=self.root,
        )  # fmt: skip
        # The freeze copies Microsoft's UCRT from the prefix (test-only there); Windows 10 has its own.
        for name in wine_setup.ucrt_names(self.cache):
            for copy in self.bundle.rglob(name):
                copy.unlink()

    def check_bundle(self) -> None:
        """What a Windows bundle must hold, and no test-only stand-in (nor a UCRT copy)."""
        internal = self.bundle / "_internal"
        qt = internal / "PySide6"  # in the Windows wheels Qt's folders sit directly under PySide6/
        wanted = [
            self.bundle / f"{self.meta['id']}.exe",
            internal / "resources" / "data" / "trial-data.csv",
            internal / "translations" / "aim_explainer_nb.qm",
            qt / "translations" / "qtbase_nn.qm",
            qt / "plugins" / "platforms" / "qwindows.dll",
            qt / "plugins" / "platforms" / "qoffscreen.dll",
        ]
        missing = [str(path.relative_to(self.bundle)) for path in wanted if not path.exists()]
        # The Visual C++ runtime, which a clinic PC may lack (the wheels spell its names in capitals).
        names = {path.name.lower() for path in internal.iterdir()}
        missing += [name for name in ("vcruntime140.dll", "msvcp140.dll") if name not in names]
        if not list((internal / "resources" / "fonts").glob("*.ttf")):
            missing.append("_internal/resources/fonts/*.ttf")
        forbidden = {"icuuc.dll", *(name.lower() for name in wine_setup.ucrt_names(self.cache))}
        stand_ins = [str(p.relative_to(self.bundle)) for p in self.bundle.rglob("*") if p.name.lower() in forbidden]
        if missing or stand_ins:
            sys.exit(f"Windows bundle: missing {missing}; test-only files that must not ship: {stand_ins}")

    # -- starting the program ------------------------------------------------------------------------------
    def start(self, exe: Path, args: list[str], home: Path | None) -> str:
        """One start, offline (`unshare -n` where this machine can), settings and log in `home`; returns the log."""
        extra = {"AIM_EXPLAINER_HOME": self.wine.path(home)} if home else {}
        offline = (
            ["unshare", "-n", "--"] if subprocess.run(["unshare", "-n", "true"], check=False).returncode == 0 else []
        )
        command = [*offline, "wine", str(exe), *args]
        wine_setup.run(*command, env={**self.wine.env, **extra})
        log_folder = home if home else exe.parent / "user-data"
        log = log_folder / "logs" / f"{self.meta['id']}.log"
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        fatal = [line for line in text.splitlines() if any(marker in line for marker in FATAL_MARKERS)]
        if f"{self.meta['name']} {self.meta['version']} starting" not in text or fatal:
            sys.exit(f"{exe.name} {' '.join(args)}: no start line in its log, or fatal lines: {fatal}")
        return text

    def check_program(self, exe: Path, label: str) -> None:
        """First paint, the text of every chapter and screenshots of every chapter, in both languages."""
        out = self.checks / label
        shutil.rmtree(out, ignore_errors=True)
        w = self.wine
        self.start(exe, ["--quit-after-first-paint"], out / "home")
        self.start(exe, ["--export-text", w.path(out / "text")], out / "home")
        self.start(exe, ["--screenshot", w.path(out / "shots")], out / "home")
        for lang in LANGUAGES:
            texts = sorted((out / "text" / lang).glob("*.txt"))
            shots = sorted((out / "shots" / lang).glob("*.png"))
            short = [p.name for p in texts if len(p.read_text(encoding="utf-8").split()) < 100]
            empty = [p.name for p in shots if p.stat().st_size < 20_000 or not p.read_bytes().startswith(b"\x89PNG")]
            if not texts or not shots or short or empty:
                sys.exit(
                    f"{label} ({lang}): {len(texts)} texts, {len(shots)} screenshots; short {short}, empty {empty}"
                )
        if "poeng" not in (out / "text" / "nb" / "results.txt").read_text(encoding="utf-8"):
            sys.exit(f"{label}: the Norwegian text of the results is not Norwegian")
        print(f"{label}: started, every chapter written and drawn in {' and '.join(LANGUAGES)}; see {out}")

    def compare_handouts(self, exe: Path) -> None:
        """Each handout (both kinds, both languages) has as many pages from the Windows program as from this
        checkout on Linux: with the bundled typeface, pagination no longer depends on the machine's fonts."""
        out = self.checks / "handouts"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        linux = self.root / ".venv" / "bin" / "python"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "AIM_EXPLAINER"))}
        env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(self.root / "src"), AIM_EXPLAINER_HOME=str(out / "home"))
        for kind in ("patient", "clinician"):
            for lang in LANGUAGES:
                name = f"{kind}-{lang}"
                args = ["--kind", kind, "--lang", lang]
                self.start(exe, ["--handout", self.wine.path(out / f"{name}-windows.pdf"), *args], out / "home-w")
                wine_setup.run(linux, "-m", "aim_explainer", "--handout", out / f"{name}-linux.pdf", *args, env=env)
                pages = [_pdf_pages(out / f"{name}-{system}.pdf") for system in ("windows", "linux")]
                print(f"{name} handout: {pages[0]} page(s) from Windows, {pages[1]} from Linux")
                if pages[0] != pages[1] or not pages[0]:
                    sys.exit(f"the {name} handout has {pages[0]} pages on Windows but {pages[1]} on Linux")

    def check_portable(self) -> None:
        """The portable zip's layout: with user-data/ beside the program, settings and log stay there."""
        portable = self.bundle / "user-data"
        portable.mkdir(exist_ok=True)
        try:
            self.start(self.bundle / f"{self.meta['id']}.exe", ["--quit-after-first-paint"], None)
            if not (portable / "config" / "settings.json").is_file():
                sys.exit("the portable bundle did not keep its settings in user-data/")
        finally:
            shutil.rmtree(portable)

    # -- packages, install, uninstall ----------------------------------------------------------------------
    def package(self, iscc: Path) -> list[Path]:
        self.dist.mkdir(exist_ok=True)
        portable = installers.portable_zip(self.bundle, self.dist, self.meta, "x64")
        defines = installers.setup_defines(self.bundle, self.dist, self.meta, "x64", native=self.wine.path)
        self.wine(iscc, "/Qp", *defines, self.wine.path(PACKAGING / "windows" / "setup.iss"))
        setup = self.dist / f"{installers.windows_stem(self.meta, 'x64')}-setup.exe"
        for package in (portable, setup):
            installers.write_checksum(package)
        return [portable, setup]

    def installed_folder(self) -> Path:
        return self.wine.user_folder() / "AppData" / "Local" / "Programs" / self.meta["name"]

    def install(self, setup: Path) -> Path:
        """As a user would, without administrator rights, silently: into %LOCALAPPDATA%\\Programs."""
        self.wine(setup, "/VERYSILENT", "/CURRENTUSER", "/SUPPRESSMSGBOXES", "/NORESTART")
        self.wine.wait()
        exe = self.installed_folder() / f"{self.meta['id']}.exe"
        if not exe.is_file():
            sys.exit(f"the setup.exe did not install {exe}")
        return exe

    def uninstall(self) -> None:
        """The uninstaller removes every program file (user settings may stay: it asks, and silence says no)."""
        folder = self.installed_folder()
        self.wine(folder / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
        self.wine.wait()
        if folder.exists():
            left = [str(p.relative_to(folder)) for p in folder.rglob("*")][:10]
            sys.exit(f"the uninstaller left {folder} behind: {left}")
        shortcut = list(self.wine.user_folder().rglob(f"{self.meta['name']}.lnk"))
        if shortcut:
            sys.exit(f"the uninstaller left shortcuts: {shortcut}")


def _stages(run: Build, translations: Callable[[], None]) -> tuple[Path, Path]:
    with run.step("Windows Python, Inno Setup, Wine prefix"):
        python = wine_setup.windows_python(run.cache)
        iscc = wine_setup.inno_setup(run.cache)
        run.wine.prepare()
    with run.step("Windows wheels of the lock"):
        run.install_wheels(python)
    with run.step("freeze"):
        translations()
        run.freeze(python)
        run.check_bundle()
    with run.step("start the bundle (portable)"):
        run.check_portable()
    with run.step("package"):
        portable, setup = run.package(iscc)
    with run.step("install"):
        exe = run.install(setup)
    with run.step("start the installed program"):
        run.check_program(exe, "installed")
    with run.step("handouts: Windows and Linux pages"):
        run.compare_handouts(exe)
    with run.step("uninstall"):
        run.uninstall()
    return portable, setup


def build(root: Path, meta: dict[str, str], translations: Callable[[], None]) -> None:
    """Every stage in order; any failure stops the build, and no Windows program is left running."""
    run = Build(root, meta)
    with run.step("Wine, MinGW, osslsigncode, Xvfb"):
        wine_setup.ensure_system_packages()
    with wine_setup.virtual_screen() as display:
        run.wine = wine_setup.Wine(run.cache, display)
        run.wine.end_all()  # anything a failed run left behind
        try:
            packages = _stages(run, translations)
        finally:
            run.wine.end_all()
    print("Windows build under Wine, step by step:")
    for name, seconds in run.times:
        print(f"  {name:<40} {seconds:6.0f} s")
    for package in packages:
        size = package.stat().st_size / 2**20
        print(f"  {package.relative_to(root)}  {size:.1f} MiB  sha256 {wine_setup.sha256(package)}")
