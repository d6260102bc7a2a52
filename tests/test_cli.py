"""The ``wireparse`` command and ``python -m wireparse``."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

from wireparse.cli import main

STORY = "Harbor gates approved\n\nThe council approved the harbor gates on Tuesday.\n"


def test_json_of_a_file(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert main([str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "Harbor gates approved"
    assert data["paragraphs"][0]["text"] == "The council approved the harbor gates on Tuesday."
    assert data["schema_version"] == 1


def test_explain(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert main([str(path), "--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["#", "span", "kind", "rule", "text"]
    assert out[1].split()[:4] == ["0", "0-21", "headline", "headline"]
    assert out[2].split()[2:4] == ["paragraph", "paragraph.lead"]


def test_bundled_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "Harbor city approves flood barrier after decade of delays"
    assert [s["heading"] for s in data["sections"]] == [
        None,
        "Engineers answer the critics",
        "Money and time",
    ]
    assert data["copyright"]["year"] == 2026


def test_missing_file_fails_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["/no/such/file.txt"]) == 1
    assert "wireparse: /no/such/file.txt:" in capsys.readouterr().err


def test_empty_file_fails_cleanly(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    assert main([str(path)]) == 1
    assert "empty" in capsys.readouterr().err


def test_stdin_through_python_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wireparse", "-", "--indent", "0"],
        input=STORY.encode(),
        capture_output=True,
        check=True,
    )
    assert json.loads(done.stdout)["headline"] == "Harbor gates approved"


def test_help_reads_well() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wireparse", "--help"], capture_output=True, text=True, check=True
    )
    assert "usage: wireparse" in done.stdout
    assert "--explain" in done.stdout
