/**
 * The three commands (docs/architecture.md#cli), each returning its exit code. main.ts loads this module
 * only when a command runs, so `--help`, `--version` and usage errors never load the analyzer.
 */
import type { Command } from "./args";
import { ExcludeList } from "../analysis/exclude";
import { discover } from "./discover";
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from "./errors";
import { formatCheckJson } from "./format-json";
import { formatCheckSarif } from "./format-sarif";
import { formatCheckText } from "./format-text";
import { analyzeOne } from "./load";
import { checkFiles } from "./pool";
import { projectWarnings, selectProject } from "./project";
import { loadPythonParserFor } from "./python";
import { buildReport, countBySeverity, displayPath } from "./report";
import { findRunnable, formatRunJson, formatRunText, missingDimsMessage, outcomeOf, run } from "./run";
import { formatShapesJson, formatShapesText, shapesOf } from "./shapes";

export interface Io {
  /** stdout */
  out(s: string): void;
  /** One `rnnlens: ...` line on stderr. */
  err(s: string): void;
  readonly debug: boolean;
  /** The script to start check workers from (main.ts, or dist/cli.js). */
  readonly entry: string;
}

export async function check(cmd: Extract<Command, { kind: "check" }>, io: Io): Promise<number> {
  const cwd = process.cwd();
  const exclude = new ExcludeList(cmd.exclude, [cwd]);
  // With --project, its config names the files, and they resolve their imports with it.
  const selected = cmd.project ? selectProject(cmd.project, cwd, exclude) : null;
  const found = selected ? { files: selected.files, warnings: [] } : discover(cmd.paths, cwd, exclude);
  for (const w of [...found.warnings, ...(selected ? [] : projectWarnings(found.files, cwd))]) io.err(`warning: ${w}`);
  const t0 = performance.now();
  await loadPythonParserFor(found.files);
  const { results, workers, perThread } = await checkFiles(found.files, io.entry, process.env, selected?.config ?? null);
  if (io.debug) {
    io.err(`checked ${found.files.length} files in ${(performance.now() - t0).toFixed(0)} ms with ${workers} worker threads (files per thread, main first: ${perThread.join(" ")})`);
  }
  const report = buildReport(results, cwd);
  for (const s of report.skipped) io.err(`skipped ${s.path}: ${s.reason}`);
  for (const r of results) {
    for (const p of r.directiveProblems) io.err(`warning: ${displayPath(r.file, cwd)}:${p.line + 1}: ${p.message}`);
  }
  for (const t of report.truncated) io.err(`note: ${t}: the analysis stopped at its step budget; some problems may be missing`);
  if (cmd.format === "json") io.out(formatCheckJson(report));
  else if (cmd.format === "sarif") io.out(formatCheckSarif(report));
  else io.out(formatCheckText(report));
  if (report.failures.length > 0) {
    for (const f of report.failures) io.err(`internal error while checking ${f.path}: ${f.message}`);
    return EXIT_FAILURE;
  }
  return countBySeverity(report).error > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export async function shapes(cmd: Extract<Command, { kind: "shapes" }>, io: Io): Promise<number> {
  const a = await analyzeOne(cmd.file);
  const list = shapesOf(a);
  if (cmd.format === "json") io.out(formatShapesJson(displayPath(a.file, process.cwd()), list));
  else io.out(formatShapesText(list));
  return EXIT_OK;
}

export async function runAt(cmd: Extract<Command, { kind: "run" }>, io: Io): Promise<number> {
  const a = await analyzeOne(cmd.file);
  const shown = displayPath(a.file, process.cwd());
  const r = findRunnable(a, shown, cmd.line, cmd.column);
  const res = run(r, cmd.dims, cmd.seed, cmd.maxMemoryMB);
  const outcome = outcomeOf(res);
  if (cmd.format === "json") io.out(formatRunJson(res));
  if (outcome === "cannot-run") {
    io.err(res.missingDims.length > 0 ? missingDimsMessage(res.missingDims) : `cannot run: ${res.tooLarge?.message ?? res.staticProblem ?? res.error?.message ?? "unknown reason"}`);
    return EXIT_FAILURE;
  }
  if (cmd.format === "text") io.out(formatRunText(a, shown, r, res));
  return outcome === "ok" ? EXIT_OK : EXIT_FINDINGS;
}
