"""The layers hold (README, "Architecture"): import-linter's contracts are in pyproject.toml
and run in .ci/run; these tests check what it cannot: no part of Rounds reaches into another
part's private names, there are no import cycles, and imports sit at the top of modules."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("community", "realtime", "moderation")
# The parts of Rounds: a private name (leading underscore) stays inside its part.
PARTS = ("community.platform", "community.boards", "community.cases", "community.search",
         "community.notifications", "community.mail", "community.demo", "realtime.sessions", "realtime.room",
         "moderation.audit", "moderation.queue", "moderation.disclosures", "moderation.flags",
         "moderation.trust", "moderation.verification", "moderation.board_moderators")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "templates" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def _part(module: str) -> str:
    return next((p for p in PARTS if module == p or module.startswith(p + ".")), module)


def _imports(tree: ast.AST) -> list[tuple[ast.AST, str, str | None]]:
    """(node, module, name) for every import of our packages; name None for `import x`."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and \
                node.module.split(".")[0] in PACKAGES:
            found += [(node, node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(node, a.name, None) for a in node.names if a.name.split(".")[0] in PACKAGES]
    return found


# gettext's customary short names, public by convention (xgettext and Babel look for them).
GETTEXT = {f"community.platform.i18n.{name}" for name in ("_", "_l", "_n", "_p", "_lp")}


def test_no_part_imports_another_parts_private_names():
    offences = []
    modules = _modules()
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {}  # local name -> module it stands for
        for _node, source, name in _imports(tree):
            if name and name.startswith("_") and _part(source) != _part(module) \
                    and f"{source}.{name}" not in GETTEXT:
                offences.append(f"{module} imports {source}.{name}")
            if name and f"{source}.{name}" in modules:
                aliases[name] = f"{source}.{name}"
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") \
                    and not node.attr.startswith("__") and isinstance(node.value, ast.Name):
                target = aliases.get(node.value.id)
                if target and _part(target) != _part(module):
                    offences.append(f"{module} uses {target}.{node.attr}")
    assert offences == []


def test_imports_sit_at_the_top_of_modules():
    """An import inside a function hides a dependency (and so a cycle) from readers and
    from import-linter; only optional dependencies may do it, with a comment saying so."""
    offences = []
    for module, path in _modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node, source, _name in _imports(function):
                    offences.append(f"{module}:{node.lineno} imports {source} in a function")
    assert offences == []


def test_there_are_no_import_cycles():
    modules = _modules()
    edges: dict[str, set[str]] = {m: set() for m in modules}

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    for module, path in modules.items():
        for _node, source, name in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            target = resolve(f"{source}.{name}" if name and f"{source}.{name}" in modules
                             else source)
            if target and target != module:
                edges[module].add(target)
    cycles = _strongly_connected(edges)
    assert [sorted(c) for c in cycles if len(c) > 1] == []


def _strongly_connected(edges: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iteratively (the graph has a few hundred modules)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    counter = 0
    for start, targets in edges.items():
        if start in index:
            continue
        work = [(start, iter(sorted(targets)))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                found.append(component)
    return found
