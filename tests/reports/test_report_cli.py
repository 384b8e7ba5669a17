"""``helavb report``: exit codes, file names, and nothing written on refused input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from briefing_sample import ASELE_TITLE, SECRET_SUMMARY, Sample

from helavb_desktop.cli import main


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "report", *args])


def test_one_focus_area(
    sample: Sample,
    data_dir: Path,
    tmp_path: Path,
    pdf_text: Callable[[Path], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out" / "brobyggare.pdf"
    assert _run(data_dir, "--focus-area", "brobyggare", "--out", str(out)) == 0
    assert str(out) in capsys.readouterr().out
    text = " ".join(pdf_text(out).split())
    assert ASELE_TITLE in text and SECRET_SUMMARY in text


def test_filters_and_no_personal_data(
    sample: Sample, data_dir: Path, tmp_path: Path, pdf_text: Callable[[Path], str]
) -> None:
    out = tmp_path / "malå.pdf"
    code = _run(
        data_dir, "--focus-area", "brobyggare", "--from", "2026-01-01", "--to", "2026-12-31",
        "--municipality", "2418", "--no-personal-data", "--out", str(out),
    )  # fmt: skip
    assert code == 0
    text = " ".join(pdf_text(out).split())
    assert "2026-01-01 – 2026-12-31" in text
    assert "Malå (2418)" in text
    assert SECRET_SUMMARY not in text
    assert ASELE_TITLE not in text  # Åsele and Dorotea only


def test_all_focus_areas(sample: Sample, data_dir: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "briefings"
    assert _run(data_dir, "--all", "--out-dir", str(out_dir)) == 0
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "brobyggare.pdf",
        "framtidsverkstader.pdf",
        "katalysator.pdf",
        "landsbygdsmyndigheten.pdf",
    ]
    assert all(p.read_bytes().startswith(b"%PDF") for p in out_dir.iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus-area", "fiske"], "unknown focus area 'fiske'"),
        (["--focus-area", "brobyggare", "--from", "2026-13-01"], "not a date"),
        (["--focus-area", "brobyggare", "--to", "igår"], "not a date"),
        (["--focus-area", "brobyggare", "--municipality", "9999"], "unknown municipality"),
        (
            ["--focus-area", "brobyggare", "--from", "2026-06-01", "--to", "2026-01-01"],
            "start date is after the end date",
        ),
    ],
)
def test_bad_input_exits_1_and_writes_nothing(
    sample: Sample,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert _run(data_dir, *args, "--out", str(out_dir / "x.pdf")) == 1
    assert message in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []


def test_argument_misuse_exits_2(
    sample: Sample, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert _run(data_dir, "--focus-area", "brobyggare", "--out-dir", str(tmp_path)) == 2
    assert _run(data_dir, "--all", "--out", str(out)) == 2
    assert "--out-dir" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:  # argparse: neither --focus-area nor --all
        _run(data_dir, "--out", str(out))
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        _run(data_dir, "--all", "--focus-area", "brobyggare", "--out-dir", str(tmp_path))
    assert exc.value.code == 2
    assert not out.exists()
    assert not list(tmp_path.glob("*.pdf"))
