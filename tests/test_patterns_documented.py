"""Every compiled pattern at module level says, in a comment above it, what it matches.

A module-level statement that calls ``regex.compile``, ``re.compile`` or
:func:`wireparse.reading.patterns.lazy_compile` (or ``lazy_compile_re``) must have a comment on the
line directly above it (``#:`` so that Sphinx's autodata shows it where the
module is documented), and the comment must show an invented example of the
convention between double backquotes (for example ``By Ada Finch``).  The
test reads the source with :mod:`ast` and :mod:`tokenize`, never imports the
modules, and reports every pattern at fault in the whole package in one
message.  ``test_the_scan_finds_the_patterns`` guards against a scan that
finds nothing and so passes.
"""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "wireparse"

#: The fewest compiled patterns the scan must find: a guard against a scan
#: that finds nothing and so passes.
MIN_PATTERNS = 150


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


#: The names of the functions that compile a pattern on first use.
_LAZY = frozenset(("lazy_compile", "lazy_compile_re"))


def _is_compile(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    if isinstance(f, ast.Attribute):
        if f.attr in _LAZY:
            return True
        return (
            f.attr == "compile" and isinstance(f.value, ast.Name) and f.value.id in {"regex", "re"}
        )
    return isinstance(f, ast.Name) and f.id in _LAZY


def _top_statements(body: list[ast.stmt]) -> list[ast.stmt]:
    """Module-level statements, looking into top-level ``if``, ``try`` and ``with`` blocks."""
    out: list[ast.stmt] = []
    for stmt in body:
        if isinstance(stmt, ast.If | ast.With):
            out.extend(_top_statements(stmt.body))
            if isinstance(stmt, ast.If):
                out.extend(_top_statements(stmt.orelse))
        elif isinstance(stmt, ast.Try):
            for block in (stmt.body, stmt.orelse, stmt.finalbody):
                out.extend(_top_statements(block))
            for handler in stmt.handlers:
                out.extend(_top_statements(handler.body))
        elif not isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            out.append(stmt)
    return out


def compiled_patterns(source: str) -> list[tuple[int, str]]:
    """Return (first line, name) of each module-level statement that compiles a pattern."""
    found = []
    for stmt in _top_statements(ast.parse(source).body):
        if not any(_is_compile(n) for n in ast.walk(stmt)):
            continue
        if isinstance(stmt, ast.Assign):
            name = ", ".join(ast.unparse(t) for t in stmt.targets)
        elif isinstance(stmt, ast.AnnAssign):
            name = ast.unparse(stmt.target)
        else:
            name = ast.unparse(stmt)[:40]
        first = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
        found.append((first, name))
    return found


def comments_above(source: str) -> dict[int, list[str]]:
    """Map each line to the block of whole-line comments directly above it."""
    comment_lines: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT and tok.line.strip().startswith("#"):
            comment_lines[tok.start[0]] = tok.string
    above: dict[int, list[str]] = {}
    for line in range(1, source.count("\n") + 2):
        block: list[str] = []
        k = line - 1
        while k in comment_lines:
            block.insert(0, comment_lines[k])
            k -= 1
        above[line] = block
    return above


def faults_of_text(source: str, where: str) -> list[str]:
    """Describe every compiled pattern of *source* without a documenting comment."""
    above = comments_above(source)
    out = []
    for line, name in compiled_patterns(source):
        block = above.get(line, [])
        if not block:
            out.append(f"{where}:{line} {name}: no comment directly above")
        elif not block[0].startswith("#:"):
            out.append(f"{where}:{line} {name}: the comment above does not open with '#:'")
        elif "``" not in "".join(block):
            out.append(f"{where}:{line} {name}: the comment shows no ``example``")
    return out


def faults(path: Path) -> list[str]:
    """Describe every compiled pattern of the module at *path* without a documenting comment."""
    where = path.relative_to(PACKAGE.parent).as_posix()
    return faults_of_text(path.read_text(encoding="utf-8"), where)


def test_the_scan_finds_the_patterns() -> None:
    total = sum(len(compiled_patterns(p.read_text(encoding="utf-8"))) for p in modules())
    assert total >= MIN_PATTERNS
    assert compiled_patterns("import regex\n#: ``x``\nX = regex.compile('x')\n") == [(3, "X")]
    src = (
        "import re\n\nif True:\n    Y = [re.compile(p) for p in 'ab']\n\n"
        "def f():\n    Z = re.compile('z')\n"
    )
    assert compiled_patterns(src) == [(4, "Y")]
    lazy = (
        "from wireparse.reading import patterns\n"
        "from wireparse.reading.patterns import lazy_compile\n"
        "A = lazy_compile('a')\nB: Final = patterns.lazy_compile('b')\nC = 'c'\n"
    )
    assert compiled_patterns(lazy) == [(3, "A"), (4, "B")]


@pytest.mark.parametrize(
    ("source", "fault"),
    [
        ("import regex\nX = regex.compile('x')\n", "no comment directly above"),
        ("import regex\n# ``x``\nX = regex.compile('x')\n", "does not open with '#:'"),
        ("import regex\n#: An x.\nX = regex.compile('x')\n", "shows no ``example``"),
        ("import regex\n#: ``x``\n\nX = regex.compile('x')\n", "no comment directly above"),
        ("import regex\n#: ``x``\nX = regex.compile('x')\nY = regex.compile('y')\n", "Y"),
        ("from p import lazy_compile\nX = lazy_compile('x')\n", "no comment directly above"),
    ],
)
def test_the_check_finds_a_fault(source: str, fault: str) -> None:
    found = faults_of_text(source, "probe.py")
    assert len(found) == 1
    assert fault in found[0]


def test_every_compiled_pattern_is_documented() -> None:
    report = [f for p in modules() for f in faults(p)]
    assert not report, "compiled patterns without a documenting comment:\n" + "\n".join(report)
