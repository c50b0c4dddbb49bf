"""What a batch run finds at the path it is told to write, as a user meets it on the command line: one
line that names the file and the real reason, in the run's language, no traceback, nothing replaced that
must not be, no temporary file left; and a name with æ, ø or å under a Latin-1 locale."""

from __future__ import annotations

import locale
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.test_cli import run_app

POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs, file modes and byte names as POSIX has them")
OLD = b"%PDF-1.4 last week's handout"


def run_bytes(*args: bytes | str, home: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    """The application with arguments as the system passes them: bytes, in the locale's encoding."""
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AIM_EXPLAINER_HOME=str(home), **env)
    command = [os.fsencode(sys.executable), b"-m", b"aim_explainer", *(os.fsencode(a) for a in args)]
    return subprocess.run(command, capture_output=True, env=full_env, timeout=120)


def one_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    # the offscreen platform of the tests says this of every shown window; a screen's platform does not
    lines = [
        line for line in stderr.strip().splitlines() if line != "This plugin does not support propagateSizeHints()"
    ]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize(("option", "what"), [("--handout", "file"), ("--export-text", "folder")])
def test_an_empty_name_is_said_so(tmp_path: Path, option: str, what: str) -> None:
    result = run_app(option, "", home=tmp_path)
    assert result.returncode == 2
    assert f"no {what} name given" in result.stderr


@POSIX
def test_a_read_only_handout_is_kept_with_one_line_in_the_runs_language(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(OLD)
    out.chmod(0o444)
    english = run_app("--handout", str(out), "--lang", "en", home=tmp_path)
    assert english.returncode == 1
    assert one_line(english.stderr) == f"could not write {out}: the file is read-only"
    norwegian = run_app("--handout", str(out), "--lang", "nb", home=tmp_path)
    assert norwegian.returncode == 1
    assert one_line(norwegian.stderr) == f"kunne ikke skrive {out}: filen er skrivebeskyttet"
    assert out.read_bytes() == OLD
    assert out.stat().st_mode & 0o777 == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf", "logs"]


@POSIX
def test_a_fifo_is_refused_not_replaced(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    os.mkfifo(out)
    result = run_app("--handout", str(out), "--lang", "en", home=tmp_path)
    assert result.returncode == 1
    assert one_line(result.stderr) == f"could not write {out}: it is a pipe (FIFO), not a file"
    assert out.is_fifo()


@POSIX
def test_a_link_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(OLD)
    link = tmp_path / "handout.pdf"
    link.symlink_to(real)
    result = run_app("--handout", str(link), "--lang", "en", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert real.read_bytes().startswith(b"%PDF-")
    assert real.read_bytes() != OLD


@POSIX
def test_export_text_names_the_file_it_could_not_write(tmp_path: Path) -> None:
    out = tmp_path / "text"
    kept = out / "nb" / "background.txt"
    kept.parent.mkdir(parents=True)
    kept.write_text("kept", encoding="utf-8")
    kept.chmod(0o444)
    result = run_app("--export-text", str(out), "--lang", "en", home=tmp_path)
    assert result.returncode == 1
    assert one_line(result.stderr) == f"could not write {kept}: the file is read-only"
    assert kept.read_text(encoding="utf-8") == "kept"
    assert sorted(p.name for p in kept.parent.iterdir()) == ["background.txt"], "nothing half-written"


@POSIX
def test_a_name_that_is_not_utf_8_is_written_as_given(tmp_path: Path) -> None:
    """Bytes as a Latin-1 locale passes 'håndout.pdf' (å is one byte, \\xe5), here under UTF-8: the file
    gets exactly that name, and the line that says so can be printed."""
    name = os.fsencode(tmp_path) + b"/h\xe5ndout.pdf"
    result = run_bytes("--handout", name, "--lang", "en", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(os.fsencode(tmp_path))) == [b"h\xe5ndout.pdf", b"logs"]
    assert b"wrote " in result.stdout


def _latin1_locale() -> str | None:
    current = locale.setlocale(locale.LC_CTYPE)
    for name in ("nb_NO.ISO-8859-1", "nb_NO.iso88591", "en_US.ISO-8859-1", "en_US.iso88591"):
        try:
            locale.setlocale(locale.LC_CTYPE, name)
        except locale.Error:
            continue
        finally:
            locale.setlocale(locale.LC_CTYPE, current)
        return name
    return None


@POSIX
@pytest.mark.skipif(_latin1_locale() is None, reason="no Latin-1 locale installed (localedef -f ISO-8859-1)")
def test_a_handout_under_a_latin_1_locale(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path) + "/mål".encode("latin-1")
    name = folder + "/håndout.pdf".encode("latin-1")
    result = run_bytes("--handout", name, "--lang", "nb", home=tmp_path, LC_ALL=_latin1_locale() or "")
    assert result.returncode == 0, result.stderr
    assert os.listdir(folder) == ["håndout.pdf".encode("latin-1")], "one file, no temporary file"
    assert sorted(os.listdir(os.fsencode(tmp_path))) == [b"logs", "mål".encode("latin-1")]


def test_a_home_folder_given_with_a_tilde_is_the_users_home(tmp_path: Path, monkeypatch) -> None:
    """AIM_EXPLAINER_HOME='~/aim-data' (quoted, so the shell left the ~) made a folder named ~."""
    from aim_explainer import paths

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))  # where Windows finds the home folder
    monkeypatch.setenv(paths.HOME_ENV, "~/aim-data")
    assert paths.settings_file() == tmp_path / "aim-data" / "config" / "settings.json"
    assert paths.log_file().is_relative_to(tmp_path / "aim-data")
