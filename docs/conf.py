"""Sphinx configuration of the wireparse documentation.

Build it with warnings as errors and every cross-reference checked::

    python -m sphinx -W -n --keep-going -b html docs docs/_build/html
    python -m sphinx -W -n --keep-going -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import pathlib
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

_DOCS = pathlib.Path(__file__).resolve().parent

# Document the package from this checkout, installed or not; the project's own
# Sphinx extensions are in docs/_ext.
sys.path.insert(0, str(_DOCS.parent / "src"))
sys.path.insert(0, str(_DOCS / "_ext"))

from wireparse import __version__  # noqa: E402

# -- Project -----------------------------------------------------------------

project = "wireparse"
author = "The wireparse developers"
copyright = "The wireparse developers"
version = ".".join(__version__.split(".")[:2])
release = __version__

# -- General -----------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "wordlists",
]

root_doc = "index"
exclude_patterns = ["_build", "_ext"]
templates_path: list[str] = []
pygments_style = "sphinx"

# Every cross-reference must resolve.
nitpicky = True
nitpick_ignore = [
    # Standard-library names in signatures.  They are external, and with no
    # network there is no intersphinx inventory of the Python documentation
    # to link them to.  ``dt`` is the alias of ``import datetime as dt`` in
    # the feed readers.
    ("py:class", "collections.abc.Callable"),
    ("py:class", "collections.abc.Iterable"),
    ("py:class", "datetime.date"),
    ("py:class", "os.PathLike"),
    ("py:class", "enum.Enum"),
    ("py:class", "datetime.datetime"),
    ("py:class", "datetime.timezone"),
    ("py:class", "dt.date"),
    ("py:class", "dt.datetime"),
    ("py:class", "dt.timedelta"),
    ("py:mod", "re"),
    ("py:class", "re.Pattern"),
    ("py:mod", "multiprocessing"),
    ("py:class", "BaseContext"),
    ("py:class", "concurrent.futures.ProcessPoolExecutor"),
    ("py:func", "operator.attrgetter"),
    # The ``regex`` dependency, and its compiled pattern and match types, which
    # live in its C module ``_regex``: no documentation here to link them to.
    ("py:mod", "regex"),
    ("py:class", "_regex.Pattern"),
    ("py:class", "_regex.Match"),
]

# -- Autodoc -----------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_default_options = {"members": True}
# Keep "wireparse.Article" rather than "wireparse.model.Article" in
# signatures: the public names are the package's.
add_module_names = False
python_use_unqualified_type_names = True

# -- Intersphinx -------------------------------------------------------------

# No network here or in CI: an empty mapping keeps the extension (and its
# ``external:`` role) without any download, so the build neither fails nor
# warns offline.  Add {"python": ("https://docs.python.org/3", None)} for an
# online build.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

# -- Doctest -----------------------------------------------------------------

# The example stories of the pages live in docs/examples/; the doctests read
# them from there, wherever the build is started from.
doctest_global_setup = f"""
import pathlib
import wireparse
EXAMPLES = pathlib.Path({str(_DOCS / "examples")!r})
"""
# Test the ``.. doctest::`` blocks of these pages only.  Bare ``>>>`` examples
# in docstrings are written for readers of the source, in the context of their
# module, and are not run by this build.
doctest_test_doctest_blocks = ""

# -- HTML --------------------------------------------------------------------

html_theme = "alabaster"
html_title = f"wireparse {release}"
html_theme_options = {
    "description": "Raw news-wire text in, typed and lossless Article objects out.",
    "fixed_sidebar": True,
    "show_relbars": True,
}
html_static_path: list[str] = []


# -- Names imported only for type checking ------------------------------------

# Modules import some names only under ``if TYPE_CHECKING:`` (to avoid import
# cycles and import cost), so autodoc cannot evaluate them and leaves them as
# bare names in signatures.  Send those bare names to their documented homes.
_TYPE_CHECKING_NAMES = {
    "Article": "wireparse.Article",
    "Line": "wireparse.reading.source.Line",
    "Envelope": "wireparse.Envelope",
    "Trailer": "wireparse.Trailer",
    "StreamInput": "wireparse.parser.StreamInput",
}


def _resolve_type_checking_names(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.reference | None:
    target = _TYPE_CHECKING_NAMES.get(node.get("reftarget", ""))
    if node.get("refdomain") != "py" or target is None:
        return None
    domain = env.get_domain("py")
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], target, node, contnode
    )


def setup(app: Sphinx) -> None:
    app.connect("missing-reference", _resolve_type_checking_names)
