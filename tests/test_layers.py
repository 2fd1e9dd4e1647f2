"""The layers: the CLI and the web app go through the one front door (`pluripolar.api`), and no import
runs back up from a lower layer to the API, the CLI or the web app."""
from __future__ import annotations

import ast
from pathlib import Path

import pluripolar

PACKAGE = Path(pluripolar.__file__).parent
FRONT_ENDS = ("cli", "web")
# What a front end may import besides the API: errors to report, records as JSON or CSV (`export`), the
# store to open (and the serve note beside it), the package version, and the front ends' own modules
# (`serve` starts the web app).
FRONT_END_MAY_USE = {"api", "errors", "export", "store", "store.paths", ""}


def _imports(path: Path) -> list[str]:
    """The pluripolar modules `path` imports, relative to the package ('' for the package itself)."""
    module = path.relative_to(PACKAGE).with_suffix("").parts
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(module[:len(module) - node.level])
                name = ".".join(base + ([node.module] if node.module else []))
            elif (node.module or "").startswith("pluripolar"):
                name = node.module.removeprefix("pluripolar").lstrip(".")
            else:
                continue
            out.append(name)
        elif isinstance(node, ast.Import):
            out += [a.name.removeprefix("pluripolar").lstrip(".") for a in node.names if a.name.startswith("pluripolar")]
    return out


def _modules(*top: str) -> list[Path]:
    return [p for t in top for p in sorted((PACKAGE / t).rglob("*.py"))]


def test_layers_front_ends_call_only_the_api():
    for path in _modules(*FRONT_ENDS):
        for name in _imports(path):
            assert name.split(".")[0] in FRONT_ENDS or name in FRONT_END_MAY_USE, f"{path.name} imports {name}"


def test_layers_no_import_runs_back_up():
    lower = [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in (*FRONT_ENDS, "api")]
    assert len(lower) > 50
    for path in lower:
        for name in _imports(path):
            assert name.split(".")[0] not in (*FRONT_ENDS, "api"), f"{path.relative_to(PACKAGE)} imports {name}"
