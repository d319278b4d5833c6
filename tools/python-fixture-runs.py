#!/usr/bin/python3
"""Ground truth for the Python analyzer fixtures: what real PyTorch does when each one runs.

Every file under test/fixtures/python is a closed PyTorch program with its expected diagnostics
written under the code in `#` caret comments (test/fixtures/README.md). This script runs each
fixture in a fresh Python process (working directory: the fixture's folder, `__name__` set to
"__main__", warnings always shown) and records what happened: "clean", or the first exception's
type, message (str(e)) and the line of the innermost traceback frame inside the fixture; and every
warning emitted, with the innermost fixture line that was running when it was emitted. Run it
with Debian's python3-torch (PyTorch 1.13.1; plain `python3` may lack torch):

    /usr/bin/python3 tools/python-fixture-runs.py

It writes test/goldens/python-fixture-runs.json (keys sorted, paths relative to
test/fixtures/python) and exits 1 when a fixture's expectations disagree with its run:

- an `error` expectation must sit under the line that raised, and its message must be a
  substring of PyTorch's message; a run that raised must have an error expectation on that line,
  so a fixture without error expectations is proven to run clean;
- a `warning` expectation of a code that carries PyTorch's text must match a warning PyTorch
  emitted on that line, and every warning PyTorch emitted must be expected on its line;
  batch-first-suspect is RNN Lens's own advice, with no PyTorch warning to match.

test/analyzer/python-fixtures.test.ts applies the same rule to the goldens, without PyTorch
(test/helpers/pytorch-runs.ts); tools/notebook-fixture-runs.py imports it from here.
`--check` compares without writing the goldens.
"""
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "test", "fixtures", "python")
GOLDEN = os.path.join(ROOT, "test", "goldens", "python-fixture-runs.json")
TIMEOUT_SECONDS = 300
# Codes whose diagnostics are RNN Lens's own advice rather than a PyTorch error or warning.
ADVICE_CODES = {"batch-first-suspect"}

# Runs in the child process: argv[1] is the fixture, argv[2] the file the record is written to
# (the fixture's own output goes to stdout untouched).
DRIVER = r"""
import json, os, runpy, sys, traceback, warnings

fixture, record_file = sys.argv[1], sys.argv[2]
target = os.path.realpath(fixture)
seen = []


def innermost_fixture_line(frame):
    while frame is not None:
        if os.path.realpath(frame.f_code.co_filename) == target:
            return frame.f_lineno
        frame = frame.f_back
    return None


def record_warning(message, category, filename, lineno, file=None, line=None):
    entry = {"category": category.__name__, "message": str(message), "line": innermost_fixture_line(sys._getframe(1))}
    if entry not in seen:
        seen.append(entry)


warnings.simplefilter("always")
warnings.showwarning = record_warning
sys.argv = [fixture]
result = {"result": "clean"}
try:
    runpy.run_path(fixture, run_name="__main__")
except BaseException as e:  # noqa: B902 - a fixture's SystemExit is a finding too
    line = None
    for frame in traceback.extract_tb(e.__traceback__):
        if os.path.realpath(frame.filename) == target:
            line = frame.lineno
    result = {"result": "error", "error": {"type": type(e).__name__, "message": str(e), "line": line}}
result["warnings"] = seen
with open(record_file, "w") as f:
    json.dump(result, f)
"""

CARET_LINE = re.compile(r"^(\s*#[ ]*)(\^+)(.*)$")
TAIL = re.compile(r"^ +([a-z]+) +([a-z][a-z-]*)(?:: (.*?))?(?: \[related (?:([^\]\s:]+):)?(\d+):(\d+)\])?\s*$")


def fixture_files():
    out = []
    for dirpath, dirnames, filenames in os.walk(FIXTURES):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return sorted(out)


def expectations(path):
    """(1-based code line, severity, code, message or None, 1-based expectation line) of each."""
    return expectations_in(open(path, encoding="utf-8").read(), path)


def expectations_in(text, path):
    """The expectations written in `text` (a fixture's, or a notebook's code cells joined)."""
    lines = re.split(r"\r?\n", text)
    out = []
    for i, line in enumerate(lines):
        m = CARET_LINE.match(line)
        if not m:
            continue
        tail = TAIL.match(m.group(3))
        if not tail:
            raise SystemExit(f"{path}:{i + 1}: malformed expectation: {line.strip()}")
        target = i - 1
        while target >= 0 and CARET_LINE.match(lines[target]):
            target -= 1
        if target < 0 or not lines[target].strip():
            raise SystemExit(f"{path}:{i + 1}: an expectation must be right under a code line")
        out.append({"line": target + 1, "severity": tail.group(1), "code": tail.group(2), "message": tail.group(3), "at": i + 1})
    return out


def run_fixture(path):
    with tempfile.TemporaryDirectory(prefix="rnnlens-pyfix-") as tmp:
        record_file = os.path.join(tmp, "record.json")
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0")
        proc = subprocess.run(
            [sys.executable, "-c", DRIVER, path, record_file],
            cwd=os.path.dirname(path),
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


def disagreements(name, expected, run):
    """Where a fixture's expectations and its recorded run disagree (the rule in the docstring)."""
    problems = []
    error = run.get("error")
    errors = [x for x in expected if x["severity"] == "error"]
    for x in errors:
        where = f"{name}:{x['at']}"
        if x["message"] is None:
            problems.append(f"{where}: an error expectation must give PyTorch's message")
        if error is None:
            problems.append(f"{where}: expects {x['code']} on line {x['line']}, but the fixture ran clean")
        elif error["line"] != x["line"]:
            problems.append(f"{where}: expects {x['code']} on line {x['line']}, but PyTorch raised on line {error['line']}: {error['type']}: {error['message']}")
        elif x["message"] is not None and x["message"] not in error["message"]:
            problems.append(f"{where}: {x['message']!r} is not in PyTorch's message {error['message']!r}")
    if error is not None and not any(x["line"] == error["line"] for x in errors):
        problems.append(f"{name}:{error['line']}: PyTorch raised {error['type']}: {error['message']!r} where no error is expected")
    warned = [x for x in expected if x["severity"] == "warning" and x["code"] not in ADVICE_CODES]
    for x in warned:
        same_line = [w for w in run["warnings"] if w["line"] == x["line"]]
        if not any(x["message"] is None or x["message"] in w["message"] for w in same_line):
            got = "; ".join(f"line {w['line']}: {w['message']}" for w in run["warnings"]) or "none"
            problems.append(f"{name}:{x['at']}: expects a {x['code']} warning on line {x['line']}; PyTorch's warnings: {got}")
    for w in run["warnings"]:
        if not any(x["line"] == w["line"] and (x["message"] is None or x["message"] in w["message"]) for x in warned):
            problems.append(f"{name}:{w['line']}: PyTorch warned {w['category']}: {w['message']!r} where no warning is expected")
    return problems


def run_and_judge(files, root, run, expectations_of, golden_path, meta, check_only, noun):
    """Runs each file (two at a time: each run is mostly `import torch`, and the machines are
    small), judges its expectations (`expectations_of(path, name)`) against the run, writes the
    goldens (unless check_only) and exits 1 when any disagree. Shared with
    tools/notebook-fixture-runs.py."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(zip(files, pool.map(run, files)))
    problems = []
    records = {}
    for path in files:
        name = os.path.relpath(path, root).replace(os.sep, "/")
        records[name] = runs[path]
        problems.extend(disagreements(name, expectations_of(path, name), runs[path]))
    if not check_only:
        with open(golden_path, "w") as f:
            json.dump({"meta": meta, "runs": records}, f, indent=2, sort_keys=True)
            f.write("\n")
    for p in problems:
        print(p, file=sys.stderr)
    raised = sum(1 for r in records.values() if r["result"] == "error")
    print(f"{len(files)} {noun} run, {raised} raised, {len(problems)} disagreements", file=sys.stderr)
    sys.exit(1 if problems else 0)


def main():
    import torch

    files = fixture_files()
    if not files:
        raise SystemExit(f"no fixtures under {FIXTURES}")
    meta = {
        "generated_by": "tools/python-fixture-runs.py",
        "torch": torch.__version__,
        "python": platform.python_version(),
        "paths": "relative to test/fixtures/python",
        "conventions": "result 'clean' or 'error' (error: type, message = str(exception), line = 1-based line of the innermost traceback frame in the fixture); warnings: category, message, line of the innermost fixture frame running when it was emitted (each distinct one once)",
    }
    run_and_judge(files, FIXTURES, run_fixture, lambda path, _name: expectations(path), GOLDEN, meta, "--check" in sys.argv[1:], "fixtures")

if __name__ == "__main__":
    main()
