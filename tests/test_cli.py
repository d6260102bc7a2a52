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
    assert data["schema_version"] == 2


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


SECOND = "Ferry service resumes\n\nThe ferry ran again on Wednesday after the storm.\n"


def _write(folder: pathlib.Path, name: str, text: str) -> pathlib.Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_several_files_give_a_json_array_in_order(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _write(tmp_path, "a.txt", STORY)
    b = _write(tmp_path, "b.txt", SECOND)
    assert main([str(b), str(a), "--indent", "0"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert [d["headline"] for d in data] == ["Ferry service resumes", "Harbor gates approved"]
    assert captured.err.startswith("wireparse: 2 files, 2 articles, 0 failures, ")


def test_jsonl_and_text(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "a.txt", STORY)
    _write(tmp_path, "b.txt", SECOND)
    assert main([str(tmp_path), "--format", "jsonl", "--quiet"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert [json.loads(line)["headline"] for line in lines] == [
        "Harbor gates approved",
        "Ferry service resumes",
    ]
    assert captured.err == ""
    assert main([str(tmp_path / "a.txt"), "--format", "text"]) == 0
    assert capsys.readouterr().out == (
        "Harbor gates approved\n\nThe council approved the harbor gates on Tuesday.\n"
    )


def test_a_failing_input_does_not_stop_the_batch(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _write(tmp_path, "good.txt", STORY)
    empty = _write(tmp_path, "empty.txt", " \n\n")
    assert main([str(empty), str(tmp_path / "gone.txt"), str(good), "-f", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["headline"] for line in captured.out.splitlines()] == [
        "Harbor gates approved"
    ]
    err = captured.err.splitlines()
    assert err[0].startswith(f"wireparse: {empty}: ")
    assert "empty" in err[0]
    assert err[1] == f"wireparse: {tmp_path / 'gone.txt'}: No such file or directory"
    assert err[2].startswith("wireparse: 3 files, 1 article, 2 failures, ")


def test_output_dir_mirrors_a_folder(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in"
    _write(source, "a.txt", STORY)
    _write(source, "sub/b.story.txt", SECOND)
    _write(source, ".hidden/c.txt", SECOND)
    _write(source, "notes.json", "{}")
    out = tmp_path / "out"
    assert main([str(source), "--output", str(out), "--format", "json"]) == 0
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a.json", "sub/b.json"]
    data = json.loads((out / "sub" / "b.json").read_text(encoding="utf-8"))
    assert data["headline"] == "Ferry service resumes"
    assert capsys.readouterr().out == ""


def test_glob_patterns(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "x/a.txt", STORY)
    _write(tmp_path, "y/b.txt", SECOND)
    _write(tmp_path, "y/c.dat", SECOND)
    assert main([str(tmp_path / "**" / "*.txt"), "-f", "jsonl", "-q"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main([str(tmp_path / "*.none"), "-f", "jsonl"]) == 1
    assert "no files match this pattern" in capsys.readouterr().err


def test_a_feed_capture_gives_one_article_per_story(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from . import feed_samples

    capture = tmp_path / "capture.anpa"
    capture.write_text(feed_samples.ANPA_STORY + feed_samples.ANPA_BAYCITY, encoding="latin-1")
    assert main([str(capture), "-f", "jsonl", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["format"] for line in lines] == ["anpa1312", "anpa1312"]
    assert main([str(capture), "-f", "jsonl", "-q", "--no-split"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_jobs_give_the_same_output(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for n in range(6):
        _write(tmp_path, f"s{n}.txt", (STORY, SECOND)[n % 2])
    assert main([str(tmp_path), "-f", "jsonl", "-q"]) == 0
    one = capsys.readouterr().out
    assert main([str(tmp_path), "-f", "jsonl", "-q", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == one
    assert len(one.splitlines()) == 6


def test_progress_bar_on_a_terminal(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, "a.txt", STORY)
    _write(tmp_path, "b.txt", SECOND)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main([str(tmp_path), "-f", "jsonl"]) == 0
    err = capsys.readouterr().err
    assert "\r[###############...............] 1/2 files" in err
    assert "\r[##############################] 2/2 files" in err
    assert err.rstrip().endswith(" s")


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib import resources

    assert main(["--schema"]) == 0
    shipped = resources.files("wireparse").joinpath("article.schema.json").read_text("utf-8")
    assert capsys.readouterr().out == shipped


@pytest.mark.parametrize(
    "argv",
    [["--reference-date", "yesterday"], ["--jobs", "-1"], ["--format", "pdf"], ["--indent", "x"]],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert "usage: wireparse" in capsys.readouterr().err


def test_reference_date_gives_the_year(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = "Port reopens\n\nLIMA, Nov 7 (Reuters) - The port reopened on Friday after a strike.\n"
    path = _write(tmp_path, "r.txt", story)
    assert main([str(path), "--reference-date", "2015-11-20", "--indent", "0"]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == "2015-11-07"


def test_nitf_to_stdout_and_one_file_per_story(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import xml.etree.ElementTree as ET

    from . import feed_samples

    path = _write(tmp_path, "story.txt", STORY)
    assert main([str(path), "--format", "nitf"]) == 0
    root = ET.fromstring(capsys.readouterr().out.encode("utf-8"))
    assert root.tag == "nitf"
    assert root.findtext("body/body.head/hedline/hl1") == "Harbor gates approved"
    capture = tmp_path / "capture.anpa"
    capture.write_text(feed_samples.ANPA_STORY + feed_samples.ANPA_BAYCITY, encoding="latin-1")
    out = tmp_path / "out"
    assert main([str(capture), "-f", "nitf", "-o", str(out), "-q"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["capture-1.xml", "capture-2.xml"]
    for page in out.iterdir():
        assert ET.parse(page).getroot().tag == "nitf"


def test_html_page_per_input(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "in/a.txt", STORY)
    _write(tmp_path, "in/b.txt", SECOND)
    out = tmp_path / "out"
    assert main([str(tmp_path / "in"), "--format", "html", "--output", str(out)]) == 0
    pages = sorted(p.name for p in out.rglob("*.html"))
    assert pages == ["a.html", "b.html"]
    page = (out / "a.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Harbor gates approved" in page
    assert "wireparse: 2 files, 2 articles, 0 failures" in capsys.readouterr().err


def test_glob_matches_keep_their_folders_under_output(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pinned: files of one name in two folders used to overwrite each other."""
    _write(tmp_path, "wire/a/story.txt", STORY)
    _write(tmp_path, "wire/b/story.txt", SECOND)
    out = tmp_path / "out"
    pattern = str(tmp_path / "wire" / "**" / "*.txt")
    assert main([pattern, "-f", "text", "-o", str(out), "-q"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt"))
    assert written == ["a/story.txt", "b/story.txt"]
    assert (out / "a" / "story.txt").read_text(encoding="utf-8").startswith("Harbor gates")


def test_inputs_of_one_name_get_files_of_their_own(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pinned: two folders holding story.txt wrote both to DIR/story.json."""
    _write(tmp_path, "east/story.txt", STORY)
    _write(tmp_path, "west/story.txt", SECOND)
    _write(tmp_path, "north/Story.md.txt", STORY)
    out = tmp_path / "out"
    inputs = [str(tmp_path / d) for d in ("east", "west", "north")]
    assert main([*inputs, "-f", "json", "-o", str(out), "-q"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == ["Story-3.json", "story-2.json", "story.json"]
    first = json.loads((out / "story.json").read_text(encoding="utf-8"))
    second = json.loads((out / "story-2.json").read_text(encoding="utf-8"))
    assert first["headline"] == "Harbor gates approved"
    assert second["headline"] == "Ferry service resumes"


def test_distinct_keeps_folders_and_suffixes() -> None:
    from wireparse.cli import _distinct, _Input

    names = ["a/x.txt", "a/x.anpa", "b/x.txt", "x.txt", "a/x-2.txt", ".notes", ".notes"]
    got = [i.relative for i in _distinct([_Input(n, n, relative=n) for n in names])]
    assert got == ["a/x.txt", "a/x-2.anpa", "b/x.txt", "x.txt", "a/x-2-2.txt", ".notes", ".notes-2"]


def test_glob_base() -> None:
    from wireparse.cli import _glob_base

    assert _glob_base("captures/**/*.anpa") == "captures"
    assert _glob_base("*.txt") == "."
    assert _glob_base("a/b/c?.txt") == "a/b"
