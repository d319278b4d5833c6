#!/usr/bin/python3
"""Runs a Jupyter notebook's code cells in real PyTorch and says where it raised.

The proof behind a notebook in examples/: its code cells run in document order in one namespace,
as a fresh kernel runs them, and the first exception is reported with its place counted the way
`rnnlens check` counts it (the code cells joined, one line per source line, a cell's trailing
newline adding none, markdown and raw cells none), beside the cell's index among all cells and the
line within the cell. `--replace OLD NEW` (repeatable) edits the cells' text first, to run the
fixed notebook. Run it with Debian's python3-torch (plain `python3` may lack torch):

    /usr/bin/python3 tools/run-notebook.py examples/notebooks/gru_language_model.ipynb
    /usr/bin/python3 tools/run-notebook.py examples/notebooks/gru_language_model.ipynb \\
        --replace "torch.zeros(BATCH, LAYERS, HIDDEN)" "torch.zeros(LAYERS, BATCH, HIDDEN)"

It prints one JSON object: {"outcome": "clean"} or {"outcome": "error", "type", "message",
"cell", "cellLine", "line"} (lines 1-based), and checks the notebook's own marks: it exits 0 when
the run raised on the one line marked `# rnnlens-expect:` (or ran clean with no mark left), 1
otherwise. The cells must be plain Python (no IPython magics).
"""
import contextlib
import io
import json
import sys
import traceback

import torch


def cell_text(cell):
    source = cell.get("source", "")
    return source if isinstance(source, str) else "".join(source)


def joined_cells(notebook, replacements):
    """(cell index, first joined line, text) for each code cell that counts lines."""
    out = []
    line = 1
    for index, cell in enumerate(notebook["cells"]):
        if cell.get("cell_type") != "code":
            continue
        text = cell_text(cell)
        for old, new in replacements:
            text = text.replace(old, new)
        if text == "":
            continue
        text = text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text
        out.append((index, line, text))
        line += text.count("\n") + 1
    return out


def main(argv):
    path, replacements = argv[0], []
    rest = argv[1:]
    while rest:
        if rest[0] != "--replace" or len(rest) < 3:
            sys.exit("usage: run-notebook.py NOTEBOOK [--replace OLD NEW]...")
        replacements.append((rest[1], rest[2]))
        rest = rest[3:]
    with open(path, encoding="utf-8") as f:
        notebook = json.load(f)
    cells = joined_cells(notebook, replacements)
    marked = [first + i for (_, first, text) in cells for (i, l) in enumerate(text.split("\n")) if "# rnnlens-expect:" in l]

    namespace = {"__name__": "__main__"}
    result = {"outcome": "clean"}
    for index, first, text in cells:
        filename = f"<cell {index}>"
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(text, filename, "exec"), namespace)
        except Exception as e:  # the first exception ends the run, as in a kernel's "run all"
            frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == filename]
            cell_line = frames[-1].lineno if frames else None
            result = {
                "outcome": "error",
                "type": type(e).__name__,
                "message": str(e),
                "cell": index,
                "cellLine": cell_line,
                "line": first + cell_line - 1 if cell_line is not None else None,
            }
            break
    result["marked"] = marked
    result["torch"] = torch.__version__
    print(json.dumps(result, indent=2))
    as_marked = result.get("line") in marked and len(marked) == 1 if result["outcome"] == "error" else not marked
    return 0 if as_marked else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
