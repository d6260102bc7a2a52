"""The Spark recipes of the docs, run for real on a local Spark session.

The code is read from the "On a cluster: Spark" section of ``docs/batch.rst``
and run as it stands, so that the page and the test cannot drift apart.  The
session is ``local[2]``: one JVM on this machine, with Python workers that are
processes of their own, as on a cluster.

It needs the ``spark`` extra (``pip install ".[test,spark]"``) and a Java
runtime that the installed PySpark supports; without them it is skipped,
unless ``WIREPARSE_REQUIRE_SPARK=1`` is set (as ``.ci/run`` does), when the
skip becomes a failure so that CI cannot pass without running it.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Any

import pytest

import wireparse
from tests.feed_samples import IPTC_STORY

if TYPE_CHECKING:
    from collections.abc import Iterator

DOC = pathlib.Path(__file__).resolve().parents[1] / "docs" / "batch.rst"
SECTION = "On a cluster: Spark"


def _require(reason: str) -> None:
    """Skip for *reason*, or fail when CI requires the Spark tests to run."""
    if os.environ.get("WIREPARSE_REQUIRE_SPARK") == "1":
        pytest.fail(f"WIREPARSE_REQUIRE_SPARK=1, but {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


try:
    import pandas  # noqa: F401  (mapInPandas needs pandas and pyarrow)
    import pyarrow  # noqa: F401
    from pyspark.sql import SparkSession
except ImportError as exc:
    _require(f"the spark extra is not installed ({exc})")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    _require("no Java runtime (java is not on PATH and JAVA_HOME is not set)")


# Invented stories: a web copy with a quotation, a raw IPTC 7901 story, one
# with a byline and a section heading, and a blank file, which must come back
# as an error row rather than stop the job.  (Spark's whole-text reader gives
# no row at all for a file of zero bytes.)
STORIES = {
    "bridge.txt": (
        "Harbor bridge reopens\n\nPORTVALE, Examplia (Example Wire) -- The old bridge "
        'reopened on Tuesday. "It is a good day," Mayor Ada Voss said.\n'
    ),
    "feed.txt": IPTC_STORY,
    "orchard.txt": (
        "Orchard growers count frost losses\n\nBy Lena Marsh\n\n"
        "VALDERN, Examplia (Example Wire) -- Apple growers in the valley lost a third "
        "of their blossom to two nights of frost, their association said on Monday.\n\n"
        "What comes next\n\n"
        "Growers will ask the province for help with the cost of new trees, the "
        "association's chair, Piet Aldo, told reporters.\n"
    ),
    "blank.txt": " \n\n",
}


# Spark's log: errors only, so that a run prints nothing while all is well.
LOG4J2 = """\
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c: %m%n
"""


def doc_recipes() -> list[str]:
    """The ``code-block:: python`` blocks of the Spark section, dedented, in order."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = lines.index(SECTION)
    end = next(
        (
            i - 1
            for i in range(start + 2, len(lines))
            if lines[i] and set(lines[i]) <= set("-=^~") and lines[i - 1].strip()
        ),
        len(lines),
    )
    blocks: list[str] = []
    i = start
    while i < end:
        if lines[i].strip() == ".. code-block:: python":
            body: list[str] = []
            i += 1
            while i < end and (not lines[i].strip() or lines[i].startswith("   ")):
                body.append(lines[i])
                i += 1
            blocks.append(textwrap.dedent("\n".join(body)).strip() + "\n")
        else:
            i += 1
    return blocks


def test_the_doc_has_both_recipes() -> None:
    blocks = doc_recipes()
    assert len(blocks) == 2
    assert "mapInPandas(parse_batches" in blocks[0]
    assert "udf(" in blocks[1]


@pytest.fixture(scope="module")
def spark(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A quiet local Spark session of two cores and little memory, on loopback only."""
    scratch = tmp_path_factory.mktemp("spark")
    log_config = scratch / "log4j2.properties"
    log_config.write_text(LOG4J2, encoding="utf-8")
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")  # the JVM reads it at launch
    session = (
        SparkSession.builder.master("local[2]")
        .appName("wireparse-tests")
        .config("spark.driver.memory", "512m")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.local.dir", str(scratch / "local"))
        .config("spark.sql.warehouse.dir", str(scratch / "warehouse"))
        .config(
            "spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={log_config.as_uri()}"
        )
        # The workers run this interpreter, whatever "python3" is on PATH.
        .config("spark.pyspark.python", sys.executable)
        .config("spark.pyspark.driver.python", sys.executable)
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        monkeypatch.undo()


@pytest.fixture
def wire(tmp_path: pathlib.Path) -> pathlib.Path:
    """A ``wire/`` folder holding the stories."""
    folder = tmp_path / "wire"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run_recipes(spark: Any, wire: pathlib.Path) -> dict[str, Any]:
    """Run the doc's code blocks in one namespace holding ``spark``; return the namespace.

    The recipe reads ``wire/*.txt``, relative to the JVM's working directory,
    which the test cannot change: that one string becomes the test's folder.
    """
    namespace: dict[str, Any] = {"spark": spark, "__name__": "spark_recipe"}
    for block in doc_recipes():
        if '"wire/*.txt"' in block:
            block = block.replace('"wire/*.txt"', repr(str(wire / "*.txt")))
        exec(compile(block, str(DOC), "exec"), namespace)
    assert namespace["stories"].inputFiles()
    return namespace


def test_map_in_pandas_recipe_gives_what_parse_gives(spark: Any, wire: pathlib.Path) -> None:
    parsed = run_recipes(spark, wire)["parsed"]
    assert parsed.columns == ["path", "article", "error"]
    rows = {pathlib.Path(row.path.removeprefix("file:")).name: row for row in parsed.collect()}
    assert sorted(rows) == sorted(STORIES)

    # Every story comes back as the JSON form of what parse() gives; the blank
    # one as an error row.
    for name, text in STORIES.items():
        row = rows[name]
        if not text.strip():
            assert row.article is None
            assert row.error == "EmptyInputError: input is empty or holds only white space"
            continue
        assert row.error is None, name
        assert wireparse.loads(row.article) == wireparse.parse(text)

    bridge = json.loads(rows["bridge.txt"].article)
    assert bridge["headline"] == "Harbor bridge reopens"
    assert bridge["agency"] == "Example Wire"
    assert bridge["dateline"]["place"] == "PORTVALE, Examplia"
    assert [(q["speaker"]["name"], q["text"]) for q in bridge["quotes"]] == [
        ("Ada Voss", "It is a good day,")
    ]
    orchard = json.loads(rows["orchard.txt"].article)
    assert orchard["headline"] == "Orchard growers count frost losses"
    assert orchard["byline"]["names"] == ["Lena Marsh"]
    assert [s["heading"] for s in orchard["sections"]] == [None, "What comes next"]
    feed = json.loads(rows["feed.txt"].article)
    assert feed["format"] == "iptc7901"
    assert feed["headline"] == "Harbor bridge reopens after storm repairs"
    assert feed["agency"] == "dpa"


def test_udf_recipe_gives_what_parse_gives(spark: Any, wire: pathlib.Path) -> None:
    (wire / "blank.txt").unlink()  # the plain UDF has no error column: a failure fails the job
    namespace = run_recipes(spark, wire)
    articles = namespace["articles"]
    assert articles.columns == ["path", "article"]
    rows = {pathlib.Path(row.path.removeprefix("file:")).name: row for row in articles.collect()}
    assert sorted(rows) == sorted(set(STORIES) - {"blank.txt"})
    for name, row in rows.items():
        assert wireparse.loads(row.article) == wireparse.parse(STORIES[name])
    assert json.loads(rows["bridge.txt"].article)["headline"] == "Harbor bridge reopens"
    assert json.loads(rows["orchard.txt"].article)["byline"]["names"] == ["Lena Marsh"]


def test_the_work_runs_in_python_worker_processes(spark: Any) -> None:
    def pids(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        for batch in batches:
            yield pd.DataFrame({"pid": [os.getpid()] * len(batch)})

    frame = spark.createDataFrame([(n,) for n in range(8)], "n long").repartition(2)
    seen = {row.pid for row in frame.mapInPandas(pids, "pid long").collect()}
    assert seen
    assert os.getpid() not in seen
