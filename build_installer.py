#!/usr/bin/env python3
"""Set up, run, test and build AIM explainer. Standard library only, so a fresh machine can run it.

    python3.11 build_installer.py run            set up .venv, then start the application
    python3.11 build_installer.py test           set up .venv, then lint and run every test
    python3.11 build_installer.py translations   compile translations/*.ts to .qm
    python3.11 build_installer.py update-ts      refresh translations/*.ts from the source code

The offline installer, built on the platform it is for; each step runs alone or all in order:

    python3.11 build_installer.py check          lint and run every test (the `test` step, without options)
    python3.11 build_installer.py freeze         PyInstaller onedir bundle in dist/aim-explainer/ (windowed)
    python3.11 build_installer.py smoke          start the bundle headless and offline, every tab in both languages
    python3.11 build_installer.py package        Windows: setup .exe (Inno Setup) and portable .zip; Linux: .tar.gz;
                                                 macOS: .dmg; each with a .sha256 file, in dist/
    python3.11 build_installer.py all            check, translations, freeze, smoke, package; stops at the first failure
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
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
    run_command(_pyside_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", APP_CATALOGUE.relative_to(ROOT))


def start() -> None:
    setup()
    run_command(venv_bin("aim-explainer"), *sys.argv[2:])


def test() -> None:
    lint_and_test(sys.argv[2:])


def lint_and_test(pytest_args: list[str]) -> None:
    setup()
    run_command(venv_bin("ruff"), "check", ".")
    run_command(venv_bin("ruff"), "format", "--check", ".")
    run_command(venv_bin("python"), "-m", "pytest", *pytest_args)


# ---------------------------------------------------------------------------------------------------------------
# The installer: check -> translations -> freeze -> smoke -> package


def check() -> None:
    """Lint and every test; `all` freezes nothing unless this passes."""
    lint_and_test([])


def metadata() -> dict[str, str]:
    """Version and names from the package metadata, read as text (this script imports nothing of the app)."""
    text = (ROOT / "src" / "aim_explainer" / "__init__.py").read_text(encoding="utf-8")
    found = dict(re.findall(r'^(__version__|APP_NAME|APP_ID) = "([^"]+)"$', text, re.MULTILINE))
    if len(found) != 3:
        sys.exit("src/aim_explainer/__init__.py must set __version__, APP_NAME and APP_ID as plain strings")
    return {"version": found["__version__"], "name": found["APP_NAME"], "id": found["APP_ID"]}


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


# What the smoke test visits: every chapter in both languages (tests/test_frozen_smoke.py keeps these in step
# with aim_explainer.core).
LANGUAGES = ("nb", "en")
CHAPTERS = ("background", "method", "results", "comparison", "conclusion")
# In the log or on stderr of the frozen application, any of these fails the smoke test. The application logs
# "translation catalogue X not found in Y" when a .qm file is missing.
FATAL_MARKERS = (
    "Traceback",
    "ModuleNotFoundError",
    "ImportError",
    "Fatal Python error",
    "could not find or load the Qt platform plugin",
    "Could not load the Qt platform plugin",
    "translation catalogue",
    "not found",
    "Error",
    "CRITICAL",
)
SMOKE_TIMEOUT = 120  # seconds for one start (a normal one takes a few); a hung start fails


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


def bundle_files(executable: Path) -> Path:
    """The folder that the frozen application sees as sys._MEIPASS."""
    internal = executable.parent / "_internal"
    return internal if internal.is_dir() else executable.parent.parent / "Frameworks"  # macOS .app


def platform_plugins() -> tuple[str, ...]:
    if sys.platform == "win32":
        return ("qoffscreen.dll", "qwindows.dll")
    if sys.platform == "darwin":
        return ("libqoffscreen.dylib", "libqcocoa.dylib")
    return ("libqoffscreen.so", "libqxcb.so")


def bundle_problems(executable: Path) -> list[str]:
    """What is missing from, or should not be in, the bundle."""
    if not executable.is_file():
        return [f"no frozen application at {executable}: run the freeze step first"]
    root = bundle_files(executable)
    qt = root / "PySide6" if sys.platform == "win32" else root / "PySide6" / "Qt"  # as in the PySide6 wheels
    wanted = [
        root / "resources" / "data" / "trial-data.csv",
        root / "resources" / "styles",
        *(root / "resources" / "content" / lang for lang in LANGUAGES),
        root / "translations" / "aim_explainer_nb.qm",
        root / "translations" / "qtbase_nb_override.qm",
        qt / "translations" / "qtbase_nn.qm",  # Qt's own dialogs in Norwegian, from QLibraryInfo's folder
        *(qt / "plugins" / "platforms" / name for name in platform_plugins()),
    ]
    problems = [f"missing from the bundle: {path.relative_to(root)}" for path in wanted if not path.exists()]
    unwanted = re.compile(r"^(PyQt5|PyQt6|PySide2|Qt(WebEngine|Qml|Quick|Multimedia|Sql|Network)\w*\.(abi3\.so|pyd))$")
    names = set()
    for path in root.rglob("*"):
        names.add(path.name.lower())
        if unwanted.match(path.name):
            problems.append(f"should not be in the bundle: {path.relative_to(root)}")
    if sys.platform == "win32":  # the Visual C++ runtime, which a clinic PC may lack
        problems += [
            f"missing from the bundle: {dll}" for dll in ("vcruntime140.dll", "msvcp140.dll") if dll not in names
        ]
    return problems


def network_isolation() -> list[str]:
    """A command prefix that runs a program without any network (Linux, as root), or [] where there is none."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode == 0:
        return [unshare, "-n", "--"]
    return []


def frozen_env(home: Path | None, platform_name: str = "offscreen") -> dict[str, str]:
    """This environment less Qt's, Python's and the home folder's variables; then the given ones."""
    dropped = ("QT_", "PYTHON", "PYQTGRAPH", "AIM_EXPLAINER_HOME")
    env = {key: value for key, value in os.environ.items() if not key.upper().startswith(dropped)}
    env["QT_QPA_PLATFORM"] = platform_name
    if home is not None:
        env["AIM_EXPLAINER_HOME"] = str(home)
    return env


def run_frozen(
    executable: Path,
    args: list[str],
    home: Path | None,
    prefix: list[str] | None = None,
    platform_name: str = "offscreen",
) -> subprocess.CompletedProcess[str]:
    """Start the frozen application once, without network where this machine can isolate it.

    `home` becomes AIM_EXPLAINER_HOME (settings and log); None leaves the application to find its folders.

    A start that hangs (an error dialog waiting for a click, say) is ended after SMOKE_TIMEOUT seconds with all
    it started, and reported as exit code -1 with what it wrote so far and a line that says so.
    """
    command = [*(network_isolation() if prefix is None else prefix), str(executable), *args]
    print("+", " ".join(command), flush=True)
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=frozen_env(home, platform_name),
        start_new_session=os.name == "posix",  # its own process group, to end xvfb-run's server with it
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=SMOKE_TIMEOUT)
        except subprocess.TimeoutExpired:
            if os.name == "posix":
                os.killpg(process.pid, 9)
            else:
                process.kill()
            stdout, stderr = process.communicate()
            stderr += f"\nError: still running after {SMOKE_TIMEOUT} s, ended (an error dialog waiting?)\n"
            return subprocess.CompletedProcess(command, -1, stdout, stderr)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def fatal_lines(text: str) -> list[str]:
    ignored = "This plugin does not support"  # the offscreen platform's notes on window hints
    return [line for line in text.splitlines() if any(m in line for m in FATAL_MARKERS) and ignored not in line]


def log_of(home: Path) -> str:
    log = home / "logs" / "aim-explainer.log"
    return log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""


def export_problems(folder: Path) -> list[str]:
    """The text of every chapter in both languages: present, not trivial, and in the right language."""
    problems = []
    for lang in LANGUAGES:
        for chapter in CHAPTERS:
            path = folder / lang / f"{chapter}.txt"
            if not path.is_file():
                problems.append(f"not written: {path.relative_to(folder)}")
            elif len(path.read_text(encoding="utf-8").split()) < 100:
                problems.append(f"fewer than 100 words: {path.relative_to(folder)}")
    results = {lang: folder / lang / "results.txt" for lang in LANGUAGES}
    if all(path.is_file() for path in results.values()):
        nb, en = (results[lang].read_text(encoding="utf-8") for lang in LANGUAGES)
        if "poeng" not in nb:
            problems.append("the Norwegian results chapter does not say 'poeng': not Norwegian")
        if "points" not in en or "poeng" in en:
            problems.append("the English results chapter is not English")
    return problems


def smoke_problems(executable: Path, scratch: Path) -> list[str]:
    """Start the frozen application headless: every tab in both languages, then to first paint; read its output."""
    problems = bundle_problems(executable)
    if not executable.is_file():
        return problems
    meta = metadata()

    def output_problems(label: str, result: subprocess.CompletedProcess[str], home: Path) -> list[str]:
        found = [] if result.returncode == 0 else [f"{label}: exit code {result.returncode}"]
        log = log_of(home)
        if f"{meta['name']} {meta['version']} starting" not in log:
            found.append(f"{label}: the log has no start line")
        found += [f"{label}: log: {line}" for line in fatal_lines(log)]
        found += [f"{label}: stderr: {line}" for line in fatal_lines(result.stderr)]
        return found

    home, out = scratch / "home-export", scratch / "text"
    result = run_frozen(executable, ["--export-text", str(out)], home)
    problems += output_problems("--export-text", result, home) + export_problems(out)

    home = scratch / "home-paint"
    result = run_frozen(executable, ["--quit-after-first-paint"], home)
    problems += output_problems("--quit-after-first-paint", result, home)
    events = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    if sys.platform == "win32" and not result.stdout:
        print("  (a windowed program has no stdout on Windows: the paint events are not checked there)")
    elif events[-2:] != ["first-paint", "content-painted"]:
        problems.append(f"--quit-after-first-paint: reported {events}, not first-paint then content-painted")

    xvfb = shutil.which("xvfb-run") if sys.platform.startswith("linux") else None
    if xvfb:  # the real desktop platform plugin, on a virtual screen
        home = scratch / "home-xcb"
        result = run_frozen(executable, ["--quit-after-first-paint"], home, [*network_isolation(), xvfb, "-a"], "xcb")
        problems += output_problems("xcb", result, home)
        if "content-painted" not in result.stdout:
            problems.append("xcb: the window did not paint its content")
    elif sys.platform.startswith("linux"):
        print("  (xvfb-run not found: the xcb platform plugin is checked for presence only)")
    return problems


def smoke() -> None:
    """The frozen application, started as a user would but headless, offline where possible; then its tests."""
    executable = frozen_executable()
    isolation = network_isolation()
    print(
        f"smoke test of {executable.relative_to(ROOT)}",
        "without network" if isolation else "(cannot isolate the network here)",
    )
    with tempfile.TemporaryDirectory(prefix="aim-explainer-smoke-") as scratch:
        problems = smoke_problems(executable, Path(scratch))
    if problems:
        print("smoke test failed:", *problems, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print("smoke test passed: every chapter in both languages, nothing missing")
    run_command(venv_bin("python"), "-m", "pytest", "-m", "frozen", "tests/test_frozen_smoke.py")


# ---------------------------------------------------------------------------------------------------------------
# Packages


def _write_checksum(package: Path) -> Path:
    digest = hashlib.sha256()
    with package.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    checksum = package.with_name(package.name + ".sha256")
    checksum.write_text(f"{digest.hexdigest()}  {package.name}\n", encoding="ascii")
    return checksum


def _machine() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x64", "x86_64": "x64", "aarch64": "arm64"}.get(machine, machine)


def _package_linux(bundle: Path, meta: dict[str, str]) -> list[Path]:
    """A .tar.gz of the bundle with its .desktop file, icon and a per-user install script."""
    top = f"{meta['id']}-{meta['version']}"
    package = DIST / f"{top}-linux-{_machine()}.tar.gz"

    def anonymous(entry: tarfile.TarInfo) -> tarfile.TarInfo:  # owned by whoever unpacks it
        entry.uid = entry.gid = 0
        entry.uname = entry.gname = ""
        return entry

    with tarfile.open(package, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=anonymous)
        for path in (
            PACKAGING / "linux" / f"{meta['id']}.desktop",
            PACKAGING / "linux" / "install.sh",
            PACKAGING / f"{meta['id']}.png",
            PACKAGING / f"{meta['id']}.svg",
        ):
            tar.add(path, arcname=f"{top}/{path.name}", filter=anonymous)
    return [package]


def _find_iscc() -> Path | None:
    """Inno Setup's command-line compiler: on PATH, or where its installer puts it (for all users or one)."""
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for variable, pattern in (
        ("ProgramFiles(x86)", "Inno Setup */ISCC.exe"),
        ("ProgramFiles", "Inno Setup */ISCC.exe"),
        ("LOCALAPPDATA", "Programs/Inno Setup */ISCC.exe"),
    ):
        base = os.environ.get(variable)
        candidates = sorted(Path(base).glob(pattern), reverse=True) if base else []  # the newest version first
        if candidates:
            return candidates[0]
    return None


def _package_windows(bundle: Path, meta: dict[str, str]) -> list[Path]:
    """A portable .zip (runs from a USB stick) and, when Inno Setup is installed, a per-user setup .exe."""
    stem = f"{meta['id']}-{meta['version']}-windows-{_machine()}"
    top = f"{meta['id']}-{meta['version']}"
    portable = DIST / f"{stem}-portable.zip"
    with zipfile.ZipFile(portable, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, f"{top}/{path.relative_to(bundle).as_posix()}")
        archive.write(PACKAGING / "windows" / "user-data-README.txt", f"{top}/user-data/README.txt")
    packages = [portable]
    iscc = _find_iscc()
    if iscc is None:
        print(
            "Inno Setup's compiler (iscc) was not found, so the setup .exe was NOT built; install Inno Setup 6"
            " (for example `choco install innosetup`) and run this step again. The portable zip was built."
        )
        return packages
    defines = {
        "AppName": meta["name"],
        "AppId": meta["id"],
        "AppVersion": meta["version"],
        "SourceDir": bundle,
        "IconFile": PACKAGING / f"{meta['id']}.ico",
        "OutputDir": DIST,
        "OutputName": f"{stem}-setup",
    }
    run_command(
        iscc, "/Qp", *(f"/D{key}={value}" for key, value in defines.items()), PACKAGING / "windows" / "setup.iss"
    )
    return [*packages, DIST / f"{stem}-setup.exe"]


def _package_macos(meta: dict[str, str]) -> list[Path]:
    """A .dmg of the .app, with a link to /Applications to drag it to."""
    app = DIST / f"{meta['name']}.app"
    hdiutil = shutil.which("hdiutil")
    if hdiutil is None:
        print("hdiutil was not found (it comes with macOS), so no .dmg was built")
        return []
    package = DIST / f"{meta['id']}-{meta['version']}-macos-{_machine()}.dmg"
    with tempfile.TemporaryDirectory(prefix="aim-explainer-dmg-") as staging:
        shutil.copytree(app, Path(staging) / app.name, symlinks=True)
        (Path(staging) / "Applications").symlink_to("/Applications")
        run_command(
            hdiutil, "create", "-volname", f"{meta['name']} {meta['version']}", "-srcfolder", staging,
            "-fs", "HFS+", "-format", "UDZO", "-ov", package,
        )  # fmt: skip
    return [package]


def package() -> None:
    """The packages of this platform from the frozen bundle, each with a SHA-256 checksum file."""
    meta = metadata()
    executable = frozen_executable()
    if not executable.is_file():
        sys.exit(f"no frozen application at {executable}: run the freeze (and smoke) step first")
    started = time.monotonic()
    bundle = DIST / meta["id"]
    if sys.platform == "win32":
        packages = _package_windows(bundle, meta)
    elif sys.platform == "darwin":
        packages = _package_macos(meta)
    else:
        packages = _package_linux(bundle, meta)
    print(f"packaged in {time.monotonic() - started:.0f} s (bundle {_mib(_size(bundle))}):")
    for path in packages:
        checksum = _write_checksum(path)
        print(f"  {path.relative_to(ROOT)}  {_mib(path.stat().st_size)}  ({checksum.name})")


def build_all() -> None:
    """Every step in order; each stops the build when it fails, so nothing is frozen unless the checks pass."""
    for step in (check, translations, freeze, smoke, package):
        print(f"== {step.__name__}", flush=True)
        step()


STEPS = {
    "setup": setup,
    "run": start,
    "test": test,
    "translations": translations,
    "update-ts": update_ts,
    "check": check,
    "freeze": freeze,
    "smoke": smoke,
    "package": package,
    "all": build_all,
}


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
