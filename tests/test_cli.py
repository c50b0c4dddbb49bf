"""The command line as a user, a reviewer or a benchmark calls it: real processes, real files."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aim_explainer import __version__, cli, paths
from aim_explainer.core.content import CHAPTERS
from aim_explainer.core.formatting import MINUS

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def run_app(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AIM_EXPLAINER_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "aim_explainer", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_version(tmp_path: Path) -> None:
    result = run_app("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"aim-explainer {__version__}"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--lang", "sv"], "'sv' is not a language; choose from nb, en"),
        (["--tab", "appendix"], "'appendix' is not a chapter"),
        (["--window-size", "huge"], "is not a size like 1280x800"),
        (["--text-size", "300"], "outside 100 to 200"),
    ],
)
def test_wrong_options_get_usage_and_status_2(tmp_path: Path, args: list[str], expected: str) -> None:
    result = run_app(*args, home=tmp_path)
    assert result.returncode == 2
    assert "usage: aim-explainer" in result.stderr
    assert expected in result.stderr


@pytest.mark.slow  # every chapter, chart or step, in both languages
def test_export_text_writes_every_chapter_in_both_languages(tmp_path: Path) -> None:
    out = tmp_path / "text"
    result = run_app("--export-text", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    for lang in ("nb", "en"):
        for chapter in CHAPTERS:
            assert (out / lang / f"{chapter}.txt").stat().st_size > 1000
    nb_results = (out / "nb" / "results.txt").read_text(encoding="utf-8")
    en_results = (out / "en" / "results.txt").read_text(encoding="utf-8")
    assert "1,6" in nb_results
    assert f"{MINUS}2,6 til 2,7" in nb_results
    assert "1.6" in en_results
    assert f"{MINUS}2.6 to 2.7" in en_results
    assert not (tmp_path / "config" / "settings.json").exists()  # batch runs remember nothing


@pytest.mark.slow  # every chapter, chart or step, in both languages
def test_screenshot_writes_a_png_per_chapter_and_language(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = run_app("--screenshot", str(out), "--window-size", "1024x768", home=tmp_path)
    assert result.returncode == 0, result.stderr
    files = sorted(p for p in out.rglob("*.png") if not p.name.startswith("picture-"))
    pictures = {str(p.relative_to(out)) for p in out.rglob("picture-*.png")}
    # each chapter's drawn picture on its own, once per language (both paths show the same picture)
    names = ("spine", "design", "timeline")
    assert {f"{lang}/picture-{name}.png" for lang in ("nb", "en") for name in names} <= pictures
    assert {Path(p).parent.name for p in pictures} == {"nb", "en"}
    # the Results chapter opens on its main chart; its other pages, the simulation on the clinician path only;
    # the Comparison chapter's other pages, its charts on the clinician path only
    audiences = {
        "": (["points", "side-effects"], ["comparison-later"]),
        "clinician/": (["points", "side-effects", "rerun"], ["comparison-charts", "comparison-later"]),
    }
    expected = {f"{lang}/start.png" for lang in ("nb", "en")} | {
        f"{lang}/{where}{name}.png"
        for lang in ("nb", "en")
        for where, (charts, pages) in audiences.items()
        for name in [*CHAPTERS, *(f"results-{c}" for c in charts), *pages]
    }
    assert {str(p.relative_to(out)) for p in files} == expected
    for path in files:
        head = path.read_bytes()[:24]
        assert head[:8] == PNG_MAGIC
        width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
        assert (width, height) == (1024, 768)


def test_a_bad_data_file_is_named_and_the_bundled_data_is_used(tmp_path: Path) -> None:
    with paths.default_data_file().open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows[3]["ci_low"] = "not a number"
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    out = tmp_path / "text"
    result = run_app("--data", str(bad), "--export-text", str(out), home=tmp_path)
    assert result.returncode == 0
    assert f"{bad}, line 5, field 'ci_low': 'not a number' is not a number" in result.stderr
    assert "1,6" in (out / "nb" / "results.txt").read_text(encoding="utf-8")
    assert "line 5, field 'ci_low'" in (tmp_path / "logs" / "aim-explainer.log").read_text(encoding="utf-8")


def test_a_good_data_file_is_used(tmp_path: Path) -> None:
    text = paths.default_data_file().read_text(encoding="utf-8")
    changed = tmp_path / "other.csv"
    changed.write_text(
        text.replace("AIM2019,total,both,0,randomised,count,180,", "AIM2019,total,both,0,randomised,count,181,")
    )
    out = tmp_path / "text"
    result = run_app("--data", str(changed), "--lang", "en", "--export-text", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    method = (out / "en" / "method.txt").read_text(encoding="utf-8")
    assert "181" in method
    assert "180" not in method


def test_quit_after_first_paint(tmp_path: Path) -> None:
    result = run_app("--quit-after-first-paint", "--tab", "resultater", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "config" / "settings.json").exists()  # an interactive run remembers its place
    assert '"chapter": "results"' in (tmp_path / "config" / "settings.json").read_text()


@pytest.mark.slow  # every chapter, chart or step, in both languages
def test_export_charts_writes_png_and_svg_per_chart_and_language(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    out = tmp_path / "charts"
    result = run_app("--export-charts", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    for lang in ("nb", "en"):
        for chart in ("effect-planned", "effect", "points", "side-effects", "rerun"):
            assert (out / lang / f"{chart}.png").read_bytes()[:8] == PNG_MAGIC
            assert ET.parse(out / lang / f"{chart}.svg").getroot().tag.endswith("svg")
    assert "Forskjellen etter ett år" in (out / "nb" / "effect.svg").read_text(encoding="utf-8")


@pytest.mark.slow  # every chapter, chart or step, in both languages
def test_present_screenshot_writes_every_step_at_both_sizes(tmp_path: Path) -> None:
    from aim_explainer.core.data import load_study_data
    from aim_explainer.core.quantities import required_selectors
    from aim_explainer.ui.presentation.deck import path_steps

    out = tmp_path / "present"
    result = run_app("--present", "--screenshot", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    data = load_study_data(paths.default_data_file(), required_selectors())
    for lang in ("nb", "en"):
        steps = path_steps(paths.resource("content"), lang, data, "patient")
        for size in ("1920x1080", "1024x768"):
            names = {p.name for p in (out / size / lang).glob("*.png") if not p.name.startswith("presenter-")}
            assert names == {f"{s.chapter}-{s.number:02d}.png" for s in steps}
            head = (out / size / lang / names.pop()).read_bytes()[:24]
            assert (int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")) == tuple(
                int(n) for n in size.split("x")
            )
        assert len(list((out / "1920x1080" / lang).glob("presenter-*.png"))) == len(CHAPTERS)


def test_lang_is_read_whatever_its_case(tmp_path: Path) -> None:
    from aim_explainer import cli

    assert cli.parse_args(["--lang", "NB"]).lang == "nb"  # as --tab RESULTATER is
    assert cli.parse_args(["--lang=En"]).lang == "en"


@pytest.mark.parametrize(
    "args",
    [
        ["--present", "--check-layout", "--handout", "x.pdf"],
        ["--present", "--check-layout", "--screenshot", "shots"],
        ["--present", "--export-text", "text"],
        ["--present", "--handout", "x.pdf"],
        ["--tab", "results", "--screenshot", "shots"],
        ["--tab", "results", "--handout", "x.pdf"],
    ],
)
def test_options_a_run_would_drop_are_refused(tmp_path: Path, args: list[str]) -> None:
    files = ("x.pdf", "shots", "text")
    result = run_app("--lang", "en", *(str(tmp_path / a) if a in files else a for a in args), home=tmp_path)
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert "cannot go with" in last, result.stderr
    assert last.endswith("one of them would be ignored")
    assert not [name for name in files if (tmp_path / name).exists()]


def test_a_window_larger_than_8k_is_refused(tmp_path: Path) -> None:
    result = run_app("--window-size", "9999x9999", "--screenshot", str(tmp_path / "shots"), home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].endswith("9999x9999 is larger than 7680x4320")
    from aim_explainer import cli

    assert cli.parse_args(["--window-size", "7680x4320"]).window_size == (7680, 4320)


@pytest.mark.parametrize(
    ("env", "args", "expected"),
    [
        ({"LANG": "nb_NO.UTF-8"}, ["--tab", "vedlegg"], "'vedlegg' er ikke et kapittel"),
        ({"LANG": "C.UTF-8"}, ["--lang", "nb", "--text-size", "300"], "300 % er utenfor 100 til 200"),
        ({"LC_ALL": "nb_NO.ISO-8859-1"}, ["--window-size", "stor"], "'stor' er ikke en størrelse"),
        ({"LANG": "nb_NO.UTF-8"}, ["--lang", "en", "--tab", "vedlegg"], "'vedlegg' is not a chapter"),
        ({"LANG": "en_GB.UTF-8"}, ["--tab", "appendix"], "'appendix' is not a chapter"),
    ],
)
def test_command_line_messages_in_the_readers_language(tmp_path, env, args, expected) -> None:
    """Ours in Bokmål under a Norwegian locale or --lang nb; argparse's own usage line stays English."""
    clean = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    result = subprocess.run(
        [sys.executable, "-m", "aim_explainer", *args],
        capture_output=True,
        env=clean | env | {"QT_QPA_PLATFORM": "offscreen", "AIM_EXPLAINER_HOME": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 2
    stderr = result.stderr.decode("latin-1" if "ISO-8859-1" in str(env) else "utf-8")  # the terminal's encoding
    assert expected in stderr.strip().splitlines()[-1], stderr
    assert "Traceback" not in stderr


def test_argparse_own_words_are_norwegian_under_a_norwegian_reader(capsys) -> None:
    """ "usage:", "options:" and argparse's messages stayed English while ours were Norwegian."""
    with pytest.raises(SystemExit) as wrong:
        cli.parse_args(["--lang", "nb", "--audience", "x"])
    assert wrong.value.code == 2
    said = capsys.readouterr().err
    assert said.startswith("bruk: ")
    assert "feil: valget --audience: ugyldig verdi: 'x' (velg blant" in said
    for english in ("usage:", "error:", "invalid choice", "argument"):
        assert english not in said
    with pytest.raises(SystemExit):
        cli.parse_args(["--lang", "nb", "--help"])
    helped = capsys.readouterr().out
    assert "\nvalg:\n" in helped
    assert "vindusstørrelse, f.eks. 1024x768" in helped  # each option's help too
    assert "window size" not in helped
    with pytest.raises(SystemExit):
        cli.parse_args(["--lang", "en", "--bogus"])
    assert "error: unrecognized arguments: --bogus" in capsys.readouterr().err
