#!/usr/bin/python3
"""Runs closed PyTorch programs and says what each did: the Python oracle's recorder.

Reads a JSON list of programs from stdin, `[{"path": ..., "text": ..., "seed": ...}, ...]`, and
writes one JSON list to stdout, one outcome per program, in order:

    {"outcome": "clean" | "error",
     "error": {"type": "RuntimeError", "message": "...", "lines": [12, 30]} | null,
     "warnings": [{"category": "UserWarning", "message": "...", "lines": [7]}],
     "ran": [1, 2, 3, ...]}

`lines` are the program's own lines the exception (or warning) passed through, innermost first
(1-based, the program's file as given); `ran` is every program line that started executing.
torch is imported once; each program is compiled with its own path as filename and executed in a
fresh namespace, with torch's and Python's random generators seeded from its seed and its
printed output discarded. Run it with Debian's python3-torch (plain `python3` may lack torch):

    /usr/bin/python3 tools/run-python-programs.py < programs.json > outcomes.json

`npm run oracle:record:python` (test/oracle/python/record.ts) drives it.
"""
import contextlib
import io
import json
import random
import sys
import warnings

import torch


def program_lines(frames, path):
    """The lines of the frames that run the program's own code, in the order given."""
    return [line for (code, line) in frames if code.co_filename == path]


def run(program):
    path = program["path"]
    torch.manual_seed(program.get("seed", 0))
    random.seed(program.get("seed", 0))
    ran = set()
    caught = []

    def trace_lines(frame, event, arg):
        if event == "line":
            ran.add(frame.f_lineno)
        return trace_lines

    def trace_calls(frame, event, arg):
        # Only the program's frames are traced line by line: torch's own code runs untraced.
        return trace_lines if frame.f_code.co_filename == path else None

    def show_warning(message, category, filename, lineno, file=None, line=None):
        # PyTorch warns from its own files; where the program was is on the stack above.
        frames = []
        f = sys._getframe(1)
        while f is not None:
            frames.append((f.f_code, f.f_lineno))
            f = f.f_back
        caught.append({"category": category.__name__, "message": str(message), "lines": program_lines(frames, path)})

    outcome = {"outcome": "clean", "error": None}
    namespace = {"__name__": "__main__", "__file__": path}
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = show_warning
        try:
            code = compile(program["text"], path, "exec")
            with contextlib.redirect_stdout(io.StringIO()):
                sys.settrace(trace_calls)
                try:
                    exec(code, namespace)
                finally:
                    sys.settrace(None)
        except Exception as e:  # noqa: BLE001 - every exception is an outcome
            frames = []
            tb = e.__traceback__
            while tb is not None:
                frames.append((tb.tb_frame.f_code, tb.tb_lineno))
                tb = tb.tb_next
            lines = program_lines(frames, path)
            lines.reverse()
            if isinstance(e, SyntaxError) and e.filename == path:
                lines = [e.lineno or 0]
            outcome = {"outcome": "error", "error": {"type": type(e).__name__, "message": str(e), "lines": lines}}
    outcome["warnings"] = caught
    outcome["ran"] = sorted(ran)
    return outcome


def main():
    programs = json.load(sys.stdin)
    json.dump([run(p) for p in programs], sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
