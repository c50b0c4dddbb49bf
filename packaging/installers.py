"""The installer packages of this platform, from the frozen bundle in dist/, each with a SHA-256 file.

Windows: a portable .zip and, with Inno Setup, a per-user setup .exe; Linux: a .tar.gz with a .desktop file
and an install script; macOS: a .dmg of the .app. Standard library only; build_installer.py's `package`
step loads this file (packaging/ is not a Python package: that name belongs to a library pytest uses).
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent


def _run(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True)


def write_checksum(package: Path) -> Path:
    """PACKAGE.sha256 beside the package, in the format `sha256sum -c` reads."""
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


def _package_linux(dist: Path, meta: dict[str, str]) -> list[Path]:
    """A .tar.gz of the bundle with its .desktop file, icon and a per-user install script."""
    top = f"{meta['id']}-{meta['version']}"
    package = dist / f"{top}-linux-{_machine()}.tar.gz"

    def anonymous(entry: tarfile.TarInfo) -> tarfile.TarInfo:  # owned by whoever unpacks it
        entry.uid = entry.gid = 0
        entry.uname = entry.gname = ""
        return entry

    with tarfile.open(package, "w:gz", compresslevel=6) as tar:
        tar.add(dist / meta["id"], arcname=top, filter=anonymous)
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


def windows_stem(meta: dict[str, str], machine: str | None = None) -> str:
    return f"{meta['id']}-{meta['version']}-windows-{machine or _machine()}"


def portable_zip(bundle: Path, dist: Path, meta: dict[str, str], machine: str | None = None) -> Path:
    """The portable .zip of the Windows bundle: runs from a USB stick, keeps its settings in user-data/."""
    top = f"{meta['id']}-{meta['version']}"
    portable = dist / f"{windows_stem(meta, machine)}-portable.zip"
    with zipfile.ZipFile(portable, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, f"{top}/{path.relative_to(bundle).as_posix()}")
        archive.write(PACKAGING / "windows" / "user-data-README.txt", f"{top}/user-data/README.txt")
    return portable


def setup_defines(
    bundle: Path, dist: Path, meta: dict[str, str], machine: str | None = None, native: Callable[[Path], str] = str
) -> list[str]:
    """Inno Setup compiler options for setup.iss; `native` names a path as the compiler sees it (under Wine: Z:\\)."""
    defines = {
        "AppName": meta["name"],
        "AppId": meta["id"],
        "AppVersion": meta["version"],
        "SourceDir": native(bundle),
        "IconFile": native(PACKAGING / f"{meta['id']}.ico"),
        "OutputDir": native(dist),
        "OutputName": f"{windows_stem(meta, machine)}-setup",
    }
    return [f"/D{key}={value}" for key, value in defines.items()]


def _package_windows(dist: Path, meta: dict[str, str]) -> list[Path]:
    """A portable .zip (runs from a USB stick) and, when Inno Setup is installed, a per-user setup .exe."""
    bundle = dist / meta["id"]
    packages = [portable_zip(bundle, dist, meta)]
    iscc = _find_iscc()
    if iscc is None:
        print(
            "Inno Setup's compiler (iscc) was not found, so the setup .exe was NOT built; install Inno Setup 6"
            " (for example `choco install innosetup`) and run this step again. The portable zip was built."
        )
        return packages
    _run(iscc, "/Qp", *setup_defines(bundle, dist, meta), PACKAGING / "windows" / "setup.iss")
    return [*packages, dist / f"{windows_stem(meta)}-setup.exe"]


def _package_macos(dist: Path, meta: dict[str, str]) -> list[Path]:
    """A .dmg of the .app, with a link to /Applications to drag it to."""
    app = dist / f"{meta['name']}.app"
    hdiutil = shutil.which("hdiutil")
    if hdiutil is None:
        print("hdiutil was not found (it comes with macOS), so no .dmg was built")
        return []
    package = dist / f"{meta['id']}-{meta['version']}-macos-{_machine()}.dmg"
    with tempfile.TemporaryDirectory(prefix="aim-explainer-dmg-") as staging:
        shutil.copytree(app, Path(staging) / app.name, symlinks=True)
        (Path(staging) / "Applications").symlink_to("/Applications")
        _run(
            hdiutil, "create", "-volname", f"{meta['name']} {meta['version']}", "-srcfolder", staging,
            "-fs", "HFS+", "-format", "UDZO", "-ov", package,
        )  # fmt: skip
    return [package]


def build_packages(dist: Path, meta: dict[str, str]) -> list[Path]:
    """This platform's packages of the bundle in `dist` (meta: the package's version, name and id)."""
    if sys.platform == "win32":
        return _package_windows(dist, meta)
    if sys.platform == "darwin":
        return _package_macos(dist, meta)
    return _package_linux(dist, meta)
