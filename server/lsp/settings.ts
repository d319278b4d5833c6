/** The `rnnlens.*` settings, with their defaults, read from `workspace/configuration`. */
import { KERNEL_NAMES, type KernelName } from "../../engine";
import { DEFAULT_SAMPLE_DIMS, parseSampleDimsSetting } from "../analysis/sample-dims";
import { DEFAULT_MAX_MEMORY_MB } from "../analysis/run-cell-estimate";

/** The kernels `rnnlens.engine.kernels` offers (the engine knows more; the setting keeps to these). */
export type EngineKernelsSetting = "auto" | "wasm" | "typescript";
const ENGINE_KERNELS: readonly EngineKernelsSetting[] = ["auto", "wasm", "typescript"];
/** `rnnlens.engine.threads`' upper bound, as package.json declares it. */
const MAX_THREADS = 16;

export interface Settings {
  readonly enable: boolean;
  readonly inlayHintsEnabled: boolean;
  readonly sampleDims: Readonly<Record<string, number>>;
  readonly engineModules: readonly string[];
  readonly maxFileSize: number;
  readonly trace: "off" | "messages" | "verbose";
  readonly engineKernels: EngineKernelsSetting;
  readonly engineThreads: number;
  /** Run Cell's size guard: runs estimated above this many MB are refused. */
  readonly runCellMaxMemoryMB: number;
  /** Globs of files that get no diagnostics (relative to the workspace folders). */
  readonly exclude: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  inlayHintsEnabled: true,
  sampleDims: DEFAULT_SAMPLE_DIMS,
  engineModules: [],
  maxFileSize: 1_000_000,
  trace: "off",
  engineKernels: "auto",
  engineThreads: 2,
  runCellMaxMemoryMB: DEFAULT_MAX_MEMORY_MB,
  exclude: [],
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads what the client sent, keeping defaults for anything missing or malformed. */
export function parseSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const inlay = isRecord(raw["inlayHints"]) ? raw["inlayHints"]["enabled"] : raw["inlayHints.enabled"];
  const trace = isRecord(raw["trace"]) ? raw["trace"]["server"] : raw["trace.server"];
  const engine = isRecord(raw["engine"]) ? raw["engine"] : { kernels: raw["engine.kernels"], threads: raw["engine.threads"] };
  const kernels = engine["kernels"];
  const threads = engine["threads"];
  const runCell = isRecord(raw["runCell"]) ? raw["runCell"] : { maxMemoryMB: raw["runCell.maxMemoryMB"] };
  const maxMemory = runCell["maxMemoryMB"];
  return {
    enable: typeof raw["enable"] === "boolean" ? raw["enable"] : DEFAULT_SETTINGS.enable,
    inlayHintsEnabled: typeof inlay === "boolean" ? inlay : DEFAULT_SETTINGS.inlayHintsEnabled,
    sampleDims: parseSampleDimsSetting(raw["sampleDims"]),
    engineModules: Array.isArray(raw["engineModules"]) ? raw["engineModules"].filter((x): x is string => typeof x === "string") : DEFAULT_SETTINGS.engineModules,
    maxFileSize: typeof raw["maxFileSize"] === "number" && raw["maxFileSize"] > 0 ? raw["maxFileSize"] : DEFAULT_SETTINGS.maxFileSize,
    trace: trace === "messages" || trace === "verbose" ? trace : "off",
    engineKernels: (ENGINE_KERNELS as readonly unknown[]).includes(kernels) ? (kernels as EngineKernelsSetting) : DEFAULT_SETTINGS.engineKernels,
    engineThreads: typeof threads === "number" && Number.isInteger(threads) && threads >= 1 && threads <= MAX_THREADS ? threads : DEFAULT_SETTINGS.engineThreads,
    runCellMaxMemoryMB: typeof maxMemory === "number" && Number.isFinite(maxMemory) && maxMemory >= 1 ? maxMemory : DEFAULT_SETTINGS.runCellMaxMemoryMB,
    exclude: Array.isArray(raw["exclude"]) ? raw["exclude"].filter((x): x is string => typeof x === "string" && x.trim() !== "") : DEFAULT_SETTINGS.exclude,
  };
}

/** The kernels to hand the engine: a name, and a thread count unless the engine's default applies. */
export interface KernelChoice {
  readonly name: KernelName;
  /** undefined: the engine's default (RNNLENS_THREADS, else 2 where there are two cores). */
  readonly threads: number | undefined;
  /** Why the environment was ignored, for the user. */
  readonly problem: string | null;
}

/**
 * Which kernels the settings ask for. The environment variables were there first (benchmarks, CI
 * and users forcing a variant set them for every process), so a setting left at its default
 * defers to them: `auto` means RNNLENS_KERNELS when it is set, and `2` threads means
 * RNNLENS_THREADS when it is set; any other value of a setting wins over its variable. At their
 * defaults and without the variables, the choice is exactly the engine's own default.
 */
export function kernelChoice(s: Settings, env: NodeJS.ProcessEnv = process.env): KernelChoice {
  let name: KernelName = s.engineKernels;
  let problem: string | null = null;
  const fromEnv = env["RNNLENS_KERNELS"];
  if (s.engineKernels === "auto" && fromEnv !== undefined && fromEnv !== "") {
    if ((KERNEL_NAMES as readonly string[]).includes(fromEnv)) name = fromEnv as KernelName;
    else problem = `RNNLENS_KERNELS must be one of ${KERNEL_NAMES.join(", ")}; got "${fromEnv}" (using auto)`;
  }
  // The engine's default thread count already reads RNNLENS_THREADS (and keeps to the cores).
  const threads = s.engineThreads === DEFAULT_SETTINGS.engineThreads ? undefined : s.engineThreads;
  return { name, threads, problem };
}
