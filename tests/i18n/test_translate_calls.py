"""Every translation call in the code is one lupdate can read, and every entry of the catalogue is still used.

lupdate reads `translate("Context", "text")` and `QT_TRANSLATE_NOOP("Context", "text")` only when both are
literals: a call on a variable leaves its text out of the catalogue, so it stays English in Norwegian. The few
functions that by their nature translate a text held in a variable (the helper over Qt's catalogue, the one for
texts core marked where it wrote them, and a core message rendering its marked template) are named below.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET

from aim_explainer import paths

SRC = paths.bundle_root() / "src" / "aim_explainer"
CATALOGUE = paths.translations_dir() / "aim_explainer_nb.ts"
CALLS = ("translate", "QT_TRANSLATE_NOOP")
# (module, function): the functions that translate a text held in a variable, and why they may.
WRAPPERS = {
    ("i18n/__init__.py", "translate"),  # the one helper over Qt's catalogue: every other call passes literals
    ("i18n/__init__.py", "marked_text"),  # texts core marked with QT_TRANSLATE_NOOP where it wrote them
    ("core/translatable.py", "render"),  # a Message's template, marked with QT_TRANSLATE_NOOP where it was made
}


def _translation_calls(tree: ast.AST) -> list[tuple[str, ast.Call]]:
    """Each call of translate() / QT_TRANSLATE_NOOP() (or Qt's QCoreApplication.translate), with the name of the
    function it stands in. A painter's translate() moves a painter: an attribute on anything else is not one."""
    found: list[tuple[str, ast.Call]] = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            if isinstance(child, ast.Call):
                func = child.func
                if (isinstance(func, ast.Name) and func.id in CALLS) or (
                    isinstance(func, ast.Attribute)
                    and func.attr == "translate"
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "QCoreApplication"
                ):
                    found.append((name, child))
            visit(child, name)

    visit(tree, "")
    return found


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _modules() -> list[tuple[str, ast.AST]]:
    return [
        (p.relative_to(SRC).as_posix(), ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(SRC.rglob("*.py"))
    ]


def test_every_translation_call_passes_literals_but_the_named_wrappers() -> None:
    variable = [
        f"{module}:{call.lineno} {ast.unparse(call)}"
        for module, tree in _modules()
        for function, call in _translation_calls(tree)
        if (module, function) not in WRAPPERS and not (len(call.args) >= 2 and all(map(_literal, call.args[:2])))
    ]
    assert variable == [], "lupdate cannot read these: mark the text with QT_TRANSLATE_NOOP where it is written"


def test_marked_texts_name_their_context_literally() -> None:
    """marked_text's context is a literal (or a choice of two): the one thing it must not take from a variable."""

    def literal_context(node: ast.expr) -> bool:
        return _literal(node) or (isinstance(node, ast.IfExp) and _literal(node.body) and _literal(node.orelse))

    calls = [
        (module, call)
        for module, tree in _modules()
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "marked_text"
    ]
    assert len(calls) >= 3  # the sources dialog, the comparison's sources, a link's words
    assert [f"{m}:{c.lineno}" for m, c in calls if not literal_context(c.args[0])] == []


def test_every_entry_of_the_catalogue_is_still_in_the_code() -> None:
    in_code = {
        (call.args[0].value, call.args[1].value)
        for _module, tree in _modules()
        for _function, call in _translation_calls(tree)
        if len(call.args) >= 2 and _literal(call.args[0]) and _literal(call.args[1])
    }
    root = ET.parse(CATALOGUE).getroot()
    entries = {
        (ctx.findtext("name"), msg.findtext("source")) for ctx in root.iter("context") for msg in ctx.iter("message")
    }
    unused = sorted(entries - in_code)
    assert unused == [], "run: python build_installer.py update-ts (it drops what the code no longer says)"


def test_the_check_sees_a_call_on_a_variable() -> None:
    """The walk is no stand-in: a translate() of a variable in an ordinary function is found."""
    tree = ast.parse('def show(text):\n    return translate("Nowhere", text) + translate("Nowhere", "words")\n')
    calls = _translation_calls(tree)
    assert [(f, _literal(c.args[1])) for f, c in calls] == [("show", False), ("show", True)]
