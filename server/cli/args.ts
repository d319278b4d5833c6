/**
 * The command line, parsed: `rnnlens check|shapes|run ...`, `--help`, `--version`. Everything it
 * rejects throws a UsageError whose message says what was wrong and what is accepted.
 */
import { isDimName, validateDimInput } from "../analysis/sample-dims";
import { DEFAULT_MAX_MEMORY_MB } from "../analysis/run-cell-estimate";
import { UsageError } from "./errors";

export type CheckFormat = "text" | "json" | "sarif";
export type PlainFormat = "text" | "json";

export type Command =
  | { readonly kind: "help"; readonly topic: CommandName | null }
  | { readonly kind: "version" }
  | {
      readonly kind: "check";
      readonly paths: readonly string[];
      readonly format: CheckFormat;
      /** Globs of files that get no diagnostics (`--exclude`, repeatable). */
      readonly exclude: readonly string[];
      /** `--project` / `-p`: a tsconfig.json or jsconfig.json (or a folder holding one) whose files are checked. */
      readonly project: string | null;
    }
  | { readonly kind: "shapes"; readonly file: string; readonly format: PlainFormat }
  | {
      readonly kind: "run";
      readonly file: string;
      /** 1-based. */
      readonly line: number;
      /** 1-based; null: choose on the line. */
      readonly column: number | null;
      readonly dims: Readonly<Record<string, number>>;
      readonly seed: number;
      /** Run Cell's size guard: a run estimated above this many MB is refused. */
      readonly maxMemoryMB: number;
      readonly format: PlainFormat;
    };

export const COMMANDS = ["check", "shapes", "run"] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Options that take a value, per command. */
const VALUE_OPTIONS: Record<CommandName, readonly string[]> = {
  check: ["--format", "--exclude", "--project", "-p"],
  shapes: ["--format"],
  run: ["--format", "--line", "--column", "--dims", "--seed", "--max-memory-mb"],
};

const FORMATS: Record<CommandName, readonly string[]> = {
  check: ["text", "json", "sarif"],
  shapes: ["text", "json"],
  run: ["text", "json"],
};

function isCommand(s: string): s is CommandName {
  return (COMMANDS as readonly string[]).includes(s);
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function positiveInt(option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${option} must be a positive whole number, got '${value}'`);
  }
  return Number(value);
}

/** `seq=5,batch=3` (also repeated: `--dims seq=5 --dims batch=3`). */
export function parseDims(value: string, into: Record<string, number> = {}): Record<string, number> {
  for (const part of value.split(",")) {
    const item = part.trim();
    if (item === "") continue;
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(item);
    if (!m || !isDimName(m[1] as string)) {
      throw new UsageError(`--dims expects name=size pairs separated by commas (e.g. seq=5,batch=3), got '${item}'`);
    }
    const problem = validateDimInput(m[2] as string);
    if (problem !== undefined) throw new UsageError(`--dims ${m[1]}: ${problem}`);
    into[m[1] as string] = Number(m[2]);
  }
  return into;
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new UsageError("missing command: use check, shapes or run (see rnnlens --help)");
  const first = argv[0] as string;
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = argv[1];
    return { kind: "help", topic: topic !== undefined && isCommand(topic) ? topic : null };
  }
  if (first === "--version") return { kind: "version" };
  if (first.startsWith("-")) throw new UsageError(`unknown option '${first}': expected a command (check, shapes or run; see rnnlens --help)`);
  if (!isCommand(first)) throw new UsageError(`unknown command '${first}': expected check, shapes or run (see rnnlens --help)`);
  const command = first;

  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  let onlyPositionals = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    if (arg === "--help" || arg === "-h") return { kind: "help", topic: command };
    if (arg === "--version") return { kind: "version" };
    const eq = arg.indexOf("=");
    const given = eq > 0 ? arg.slice(0, eq) : arg;
    const name = given === "-p" ? "--project" : given;
    if (!VALUE_OPTIONS[command].includes(given)) {
      throw new UsageError(`unknown option '${given}' for 'rnnlens ${command}' (see rnnlens ${command} --help)`);
    }
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) throw new UsageError(`${name} needs a value`);
      value = next;
      i++;
    }
    const list = values.get(name) ?? [];
    list.push(value);
    values.set(name, list);
  }

  const last = (name: string): string | undefined => values.get(name)?.at(-1);
  const formatValue = last("--format") ?? "text";
  if (!FORMATS[command].includes(formatValue)) {
    throw new UsageError(`--format must be ${orList(FORMATS[command])} for 'rnnlens ${command}', got '${formatValue}'`);
  }

  if (command === "check") {
    const exclude = values.get("--exclude") ?? [];
    for (const g of exclude) if (g.trim() === "") throw new UsageError("--exclude needs a glob, e.g. --exclude 'generated/**'");
    const project = last("--project") ?? null;
    if (project !== null && project.trim() === "") throw new UsageError("--project needs a tsconfig.json, a jsconfig.json or a folder holding one");
    // As tsc: the project says which files are checked.
    if (project !== null && positionals.length > 0) throw new UsageError(`--project checks the files its config includes: give no paths with it (got ${positionals.join(" ")})`);
    return { kind: "check", paths: positionals.length > 0 ? positionals : ["."], format: formatValue as CheckFormat, exclude, project };
  }
  const format = formatValue as PlainFormat;
  if (positionals.length === 0) throw new UsageError(`'rnnlens ${command}' needs a FILE (see rnnlens ${command} --help)`);
  if (positionals.length > 1) throw new UsageError(`'rnnlens ${command}' takes one FILE, got ${positionals.length}: ${positionals.join(" ")}`);
  const file = positionals[0] as string;
  if (command === "shapes") return { kind: "shapes", file, format };

  const lineValue = last("--line");
  if (lineValue === undefined) throw new UsageError("'rnnlens run' needs --line N (1-based), e.g. rnnlens run model.ts --line 12");
  const line = positiveInt("--line", lineValue);
  const columnValue = last("--column");
  const column = columnValue === undefined ? null : positiveInt("--column", columnValue);
  const dims: Record<string, number> = {};
  for (const v of values.get("--dims") ?? []) parseDims(v, dims);
  const seedValue = last("--seed");
  let seed = 0;
  if (seedValue !== undefined) {
    if (!/^\d+$/.test(seedValue) || !Number.isSafeInteger(Number(seedValue))) throw new UsageError(`--seed must be a non-negative whole number, got '${seedValue}'`);
    seed = Number(seedValue);
  }
  const maxMemoryValue = last("--max-memory-mb");
  const maxMemoryMB = maxMemoryValue === undefined ? DEFAULT_MAX_MEMORY_MB : positiveInt("--max-memory-mb", maxMemoryValue);
  return { kind: "run", file, line, column, dims, seed, maxMemoryMB, format };
}
