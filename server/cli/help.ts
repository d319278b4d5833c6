/** Help texts (`rnnlens --help`, `rnnlens <command> --help`). */
import type { CommandName } from "./args";

const USAGE = `Usage:
  rnnlens check [paths...] [--format text|json|sarif] [--exclude GLOB]... [--project PATH]
  rnnlens shapes FILE [--format text|json]
  rnnlens run FILE --line N [--column C] [--dims name=N,...] [--seed S] [--max-memory-mb M] [--format text|json]
  rnnlens --help | --version`;

const EXIT_CODES = `Exit codes:
  0  no errors (warnings are fine) / the run succeeded
  1  check: errors found; run: the engine raised PyTorch's error
  2  usage or internal failure (unknown command or option, missing path, unreadable file, ...)`;

const GENERAL = `rnnlens checks the shapes of PyTorch-style recurrent layers (RNN, GRU, LSTM and their
cells) in Python (PyTorch), Jupyter notebooks, TypeScript and JavaScript, before anything runs.

${USAGE}

Commands:
  check   Report shape errors in files and folders (default: the current folder).
  shapes  Print every inferred tensor shape and module of FILE, by position.
  run     Run the module or forward call at a line of FILE on seeded random sample input.

Run 'rnnlens <command> --help' for a command's options.

${EXIT_CODES}`;

const TOPICS: Record<CommandName, string> = {
  check: `rnnlens check [paths...] [--format text|json|sarif] [--exclude GLOB]... [--project PATH]

Checks .py .ipynb .ts .tsx .js .jsx .mts .cts .mjs .cjs files. Folders are searched
recursively, skipping node_modules, dist, dot-folders (.git, .venv, .ipynb_checkpoints, ...),
__pycache__, venv, site-packages and any virtualenv (a folder with a pyvenv.cfg); the default
path is the current folder. Large folders are checked on worker threads, one per core.

A notebook (nbformat 4) is one program: its code cells joined in document order. Its lines
count over those cells (one line per source line; markdown and raw cells count none); JSON and
SARIF also give each diagnostic's cell, and text adds '(cell C, line L)'. A notebook that
cannot be read is reported on stderr and skipped, like a binary file.

Options:
  --format text   path:line:col - severity code: message, then a summary line (default)
  --format json   { "files": N, "diagnostics": [...] } with 0-based positions
  --format sarif  SARIF 2.1.0 for GitHub code scanning and other SARIF viewers
  --exclude GLOB  leave out files matching GLOB, relative to the current folder (repeatable):
                  'generated/**', '*.gen.ts'; a glob without a slash matches at any depth,
                  and a folder that matches is left out with everything in it
  --project PATH, -p PATH
                  check the files a tsconfig.json or jsconfig.json includes (PATH is the
                  config, or a folder holding one), resolving their imports with it; no
                  paths with it. A missing config, or one TypeScript cannot read cleanly,
                  exits with 2

TypeScript and JavaScript imports resolve as tsserver resolves them: the nearest tsconfig.json
or jsconfig.json that includes a file decides ('paths', 'baseUrl', packages' 'exports').

Comments silence diagnostics: '// rnnlens-ignore-next-line [codes]' for the next line,
'// rnnlens-ignore-file [codes]' for the whole file ('# ...' in Python; see docs/diagnostics.md).

Paths in the output are relative to the current folder.

${EXIT_CODES}`,
  shapes: `rnnlens shapes FILE [--format text|json]

Prints every inferred tensor shape and module of FILE by position (what hovers and inlay
hints show), one 'line:col name: shape' line each (1-based). In a notebook, lines count over
its code cells joined, and each line ends with '(cell C, line L)'.

Options:
  --format json   { "file", "shapes": [ { "range", "name", "kind", "text" } ] }, 0-based`,
  run: `rnnlens run FILE --line N [--column C] [--dims name=N,...] [--seed S] [--max-memory-mb M] [--format text|json]

Builds the module at that position (its constructor, a variable holding it, or a forward call)
in the engine and runs it on seeded random input: sizes come from the forward call's arguments
where it is one, symbolic sizes from --dims (default seq=5,batch=3).

Options:
  --line N        1-based line (in a notebook: of its code cells joined, as 'check' counts)
  --column C      1-based column; without it, the first forward call on that line if there is
                  one, else the first module on it
  --dims a=N,...  sizes for symbolic dims, e.g. --dims seq=5,batch=3,hidden=20
  --seed S        random seed for weights and input (default 0)
  --max-memory-mb M
                  refuse a run estimated to need more than M MB (default 512): the
                  estimate (memory, FLOPs, time) is printed and nothing is allocated
  --format json   the full result as JSON (shapes, values, time, error)

Exit codes:
  0  the run succeeded
  1  the engine raised (PyTorch's error message is printed)
  2  nothing runnable at that position, missing sizes, a run over --max-memory-mb,
     or a usage error`,
};

export function helpText(topic: CommandName | null): string {
  return topic === null ? GENERAL : TOPICS[topic];
}

export function usageHint(): string {
  return USAGE;
}
