"""The Dask recipe of the docs, run for real on a local cluster of two processes."""

from __future__ import annotations

import os

import pytest

import wireparse
from tests.feed_samples import ANPA_STORY, IPTC_STORY

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

STORIES = [
    "Harbor bridge reopens\n\nPORTVALE, Examplia (Example Wire) -- The old bridge "
    'reopened on Tuesday. "It is a good day," Mayor Ada Voss said.\n',
    ANPA_STORY,
    IPTC_STORY,
    "",  # fails: empty input
    "Second story\n\nLONDON (Example Wire) - Prices rose again in March, the office said.",
]


def parse_or_error(text: str) -> dict[str, object]:
    """What the recipe maps over the bag: the dict form, or the error's name."""
    try:
        return wireparse.parse(text).to_dict()
    except wireparse.WireparseError as exc:
        return {"error": type(exc).__name__, "message": str(exc)}


@pytest.fixture(scope="module")
def client() -> object:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


def test_dask_bag_recipe_gives_what_parse_gives(client: object) -> None:
    bag = db.from_sequence(STORIES * 3, npartitions=4)
    dicts = bag.map(parse_or_error).compute()
    assert len(dicts) == len(STORIES) * 3
    # The work ran in the cluster's worker processes, not in this one.
    pids = set(bag.map(lambda _: os.getpid()).compute())
    assert pids
    assert os.getpid() not in pids
    for text, got in zip(STORIES * 3, dicts, strict=True):
        if got.get("error"):
            assert got["error"] == "EmptyInputError"
            assert text == ""
        else:
            assert wireparse.Article.from_dict(got) == wireparse.parse(text)


def test_dask_bag_of_articles_and_partitions_through_parse_many(client: object) -> None:
    bag = db.from_sequence(STORIES * 2, npartitions=2)
    articles = bag.map_partitions(
        lambda part: list(wireparse.parse_many(part, errors="skip"))
    ).compute()
    assert articles == [wireparse.parse(t) for t in STORIES * 2 if t]
