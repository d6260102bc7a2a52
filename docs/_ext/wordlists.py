"""The ``wordlists`` directive: a table of one language's word lists, read from the package.

``.. wordlists:: en`` renders one row per file of ``wireparse/lexicon/en/``:
the list's name, what its header says it holds, and how many entries it has.
The table is built from the files at each build, so it cannot drift from them.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING, ClassVar

from sphinx.util.docutils import SphinxDirective

from wireparse import lexicon

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx


def _summary(language: str, name: str) -> str:
    """The header's description of a list: its comment lines up to the example."""
    folder = resources.files(lexicon.__name__).joinpath(language)
    text = folder.joinpath(f"{name}.txt").read_text(encoding="utf-8")
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if body.lower().startswith("example"):
            break
        if body != name and not body.lower().startswith(("moved here", "data only")):
            lines.append(body)
    return " ".join(lines) or name


class WordLists(SphinxDirective):
    """Render the table of one language's lists."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, object]] = {}

    def run(self) -> list[nodes.Node]:
        language = self.arguments[0]
        rows = [
            ".. list-table::",
            "   :header-rows: 1",
            "   :widths: 25 65 10",
            "",
            "   * - List",
            "     - What it holds",
            "     - Entries",
        ]
        folder = resources.files(lexicon.__name__).joinpath(language)
        for name in lexicon.list_names(language):
            # Rebuild the page when a list changes.
            self.env.note_dependency(str(folder.joinpath(f"{name}.txt")))
            rows += [
                f"   * - ``{language}/{name}.txt``",
                f"     - {_summary(language, name)}",
                f"     - {len(lexicon.entries(language, name))}",
            ]
        return self.parse_text_to_nodes("\n".join(rows))


def setup(app: Sphinx) -> dict[str, object]:
    """Register the directive."""
    app.add_directive("wordlists", WordLists)
    return {"parallel_read_safe": True}
