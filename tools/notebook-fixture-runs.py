#!/usr/bin/python3
"""Ground truth for the notebook analyzer fixtures: what real PyTorch does when each one runs.

Every .ipynb under test/fixtures/notebooks is a closed PyTorch program in Jupyter's nbformat 4,
with its expected diagnostics written under the code in `#` caret comments inside its cells
(test/fixtures/README.md). RNN Lens checks a notebook as its Python code cells joined in document
order, one line per source line; this script counts lines the same way. It runs each notebook's
cells in order in one fresh Python process, as a kernel runs "Run All" (working directory and
sys.path[0]: the notebook's folder; one shared namespace; `__name__` is "__main__"; warnings
always shown):

- each Python cell goes through IPython's own input transformer (IPython 8.5, Debian's
  python3-ipython), so magics, `!cmd`, `x = !cmd` and `obj?` become the calls a kernel makes;
  those calls do nothing here (no shell command runs, no file is written; captured output is an
  empty list), except a Python cell magic (`%%time`, `%%capture`, ...), whose body runs;
- cells that are not Python (another language, `%%bash`, `%%writefile`) are skipped, as the
  analyzer skips them;
- a cell that does not compile (a cell being typed) is recorded in `skipped_cells` and the next
  cells run, as they would after the user ran that cell and went on;
- the first exception stops the run, as it stops "Run All".

It records "clean", or the exception's type, message (str(e)), cell index and line (the innermost
traceback frame in a cell, as a line of the joined code cells); and every warning emitted, with the
innermost cell line running when it was emitted. Run it with Debian's python3-torch (PyTorch
1.13.1) and python3-ipython:

    /usr/bin/python3 tools/notebook-fixture-runs.py

It writes test/goldens/notebook-fixture-runs.json (keys sorted, paths relative to
test/fixtures/notebooks) and exits 1 when a fixture's expectations disagree with its run, by the
rule of tools/python-fixture-runs.py (imported from there): an error expectation sits under the
line that raised and quotes part of PyTorch's message, a run that raised has one on that line,
and expected and emitted warnings match line for line. test/analyzer/notebook-fixtures.test.ts
applies the same rule to the goldens, without PyTorch. `--check` compares without writing.
"""
import importlib.util
import json
import os
import platform
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "test", "fixtures", "notebooks")
GOLDEN = os.path.join(ROOT, "test", "goldens", "notebook-fixture-runs.json")
TIMEOUT_SECONDS = 300

_spec = importlib.util.spec_from_file_location("python_fixture_runs", os.path.join(ROOT, "tools", "python-fixture-runs.py"))
python_fixture_runs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(python_fixture_runs)

# Cell magics whose body is Python (server/analysis/notebook/ipython.ts has the same list).
PYTHON_CELL_MAGICS = {"capture", "debug", "prun", "python", "python3", "time", "timeit"}

# Runs in the child process: argv[1] is a JSON file of the cells to run, argv[2] the file the
# record is written to (the cells' own output goes to stdout untouched).
DRIVER = r"""
import json, sys, traceback, warnings
from IPython.core.inputtransformer2 import TransformerManager

cells_file, record_file, python_magics = sys.argv[1], sys.argv[2], set(sys.argv[3].split(","))
cells = json.load(open(cells_file))
# A cell's code objects are named after it; a line of the cell is first_line + its line.
first_line = {f"<cell {c['index']}>": c["first_line"] for c in cells}
transformer = TransformerManager()
namespace = {"__name__": "__main__"}
seen = []


def joined_line(frame_file, frame_line):
    start = first_line.get(frame_file)
    return None if start is None else start + frame_line


def innermost_cell_line(frame):
    while frame is not None:
        line = joined_line(frame.f_code.co_filename, frame.f_lineno)
        if line is not None:
            return line
        frame = frame.f_back
    return None


class Shell:
    # The calls IPython's transformer writes: none runs a command or writes a file.
    current = None

    def system(self, cmd):
        return None

    def getoutput(self, cmd):
        return []

    def run_line_magic(self, name, line, _stack_depth=1):
        return None

    def run_cell_magic(self, name, line, body):
        if name not in python_magics:
            return None
        # The body starts on the cell's second line.
        exec(compile("\n" + transformer.transform_cell(body), Shell.current, "exec"), namespace)


shell = Shell()
namespace["get_ipython"] = lambda: shell


def record_warning(message, category, filename, lineno, file=None, line=None):
    entry = {"category": category.__name__, "message": str(message), "line": innermost_cell_line(sys._getframe(1))}
    if entry not in seen:
        seen.append(entry)


warnings.simplefilter("always")
warnings.showwarning = record_warning
sys.argv = ["notebook"]
result = {"result": "clean"}
skipped = []
for cell in cells:
    name = f"<cell {cell['index']}>"
    Shell.current = name
    try:
        code = compile(transformer.transform_cell(cell["text"]), name, "exec")
    except SyntaxError as e:
        skipped.append({"cell": cell["index"], "line": joined_line(name, e.lineno or 1), "error": f"{type(e).__name__}: {e.msg}"})
        continue
    try:
        exec(code, namespace)
    except BaseException as e:  # noqa: B902 - SystemExit stops a run too
        line = None
        for frame in traceback.extract_tb(e.__traceback__):
            if joined_line(frame.filename, frame.lineno) is not None:
                line = joined_line(frame.filename, frame.lineno)
        result = {"result": "error", "error": {"type": type(e).__name__, "message": str(e), "line": line, "cell": cell["index"]}}
        break
result["warnings"] = seen
result["skipped_cells"] = skipped
with open(record_file, "w") as f:
    json.dump(result, f)
"""


def fixture_files():
    out = []
    for dirpath, dirnames, filenames in os.walk(FIXTURES):
        dirnames[:] = sorted(d for d in dirnames if d not in ("__pycache__", ".ipynb_checkpoints"))
        out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".ipynb"))
    return sorted(out)


def notebook_language(metadata):
    kernel = metadata.get("kernelspec") if isinstance(metadata, dict) else None
    if isinstance(kernel, dict) and isinstance(kernel.get("language"), str):
        return kernel["language"]
    info = metadata.get("language_info") if isinstance(metadata, dict) else None
    if isinstance(info, dict) and isinstance(info.get("name"), str):
        return info["name"]
    return "python"


def cell_magic(text):
    m = re.match(r"\s*%%([A-Za-z_][\w-]*)", text)
    return m.group(1) if m else None


def layout(path):
    """The joined text of the code cells (as server/analysis/notebook/cells.ts joins them) and the
    Python cells to run: index among all cells, first line (0-based) in the joined text, text."""
    nb = json.load(open(path, encoding="utf-8"))
    if nb.get("nbformat") != 4:
        raise SystemExit(f"{path}: not an nbformat 4 notebook")
    language = notebook_language(nb.get("metadata", {}))
    parts, runnable = [], []
    line = 0
    for index, cell in enumerate(nb["cells"]):
        source = cell["source"]
        text = source if isinstance(source, str) else "".join(source)
        if cell["cell_type"] != "code" or text == "":
            continue
        part = text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text
        cell_language = ((cell.get("metadata") or {}).get("vscode") or {}).get("languageId", language)
        magic = cell_magic(part)
        if re.match(r"python", cell_language, re.I) and (magic is None or magic in PYTHON_CELL_MAGICS):
            runnable.append({"index": index, "first_line": line, "text": text})
        parts.append(part + "\n")
        line += part.count("\n") + 1
    return "".join(parts), runnable


def run_notebook(path):
    _, cells = layout(path)
    with tempfile.TemporaryDirectory(prefix="rnnlens-nbfix-") as tmp:
        cells_file = os.path.join(tmp, "cells.json")
        record_file = os.path.join(tmp, "record.json")
        with open(cells_file, "w") as f:
            json.dump(cells, f)
        folder = os.path.dirname(path)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0", PYTHONPATH=folder)
        proc = subprocess.run(
            [sys.executable, "-c", DRIVER, cells_file, record_file, ",".join(sorted(PYTHON_CELL_MAGICS))],
            cwd=folder,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT_SECONDS,
            text=True,
        )
        if not os.path.exists(record_file):
            raise SystemExit(f"{path}: the driver did not finish (exit {proc.returncode}):\n{proc.stderr}")
        with open(record_file) as f:
            return json.load(f)


def main():
    import torch
    import IPython

    files = fixture_files()
    if not files:
        raise SystemExit(f"no notebooks under {FIXTURES}")
    meta = {
        "generated_by": "tools/notebook-fixture-runs.py",
        "torch": torch.__version__,
        "ipython": IPython.__version__,
        "python": platform.python_version(),
        "paths": "relative to test/fixtures/notebooks",
        "conventions": "lines are 1-based lines of the notebook's code cells joined in order (one line per source line, markdown cells count none); result 'clean' or 'error' (error: type, message = str(exception), line of the innermost traceback frame in a cell, cell = its index among all cells); warnings: category, message, line of the innermost cell frame running when it was emitted (each distinct one once); skipped_cells: cells that did not compile (cell index, line, error), after which the run went on",
    }
    python_fixture_runs.run_and_judge(
        files,
        FIXTURES,
        run_notebook,
        lambda path, name: python_fixture_runs.expectations_in(layout(path)[0], name),
        GOLDEN,
        meta,
        "--check" in sys.argv[1:],
        "notebooks",
    )

if __name__ == "__main__":
    main()
