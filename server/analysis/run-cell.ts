/**
 * "Run Cell on Sample Input": builds the module at a position in the engine, binds symbolic
 * dims to sample sizes, runs it on seeded random input, and reports shapes, values, time and
 * whether the concrete shapes equal the inferred ones. Only the engine runs: never user code.
 */
import { shapes } from "../../engine";
import { dimMeanings, describeConfig, moduleParameters } from "./describe";
import { expectedShapes } from "./interpreter/engine-api";
import type { ModuleValue, Value } from "./interpreter/values";
import type { Runnable } from "./queries";
import { DEFAULT_SAMPLE_DIMS } from "./sample-dims";
import { checkRunSize, DEFAULT_MAX_MEMORY_MB, type RunCellTooLarge } from "./run-cell-estimate";
import { executeRunCellJob, type JobModule, type RunCellExecution, type RunCellJob, type RunTensor } from "./run-cell-job";

type Dim = shapes.Dim;

export type { RunTensor, RunCellTooLarge };

/** What Run Cell answers: the engine's part (RunCellExecution) with what was asked and planned. */
export interface RunCellResult extends Omit<RunCellExecution, "parameterCount" | "kernelProblem"> {
  readonly module: { readonly kind: string; readonly config: string; readonly parameterCount: number | null };
  readonly dims: Readonly<Record<string, number>>;
  readonly seed: number;
  /** Why the module cannot run at all (its configuration or input shape is not known statically). */
  readonly staticProblem: string | null;
  /** Symbols that need a size before the module can run. */
  readonly missingDims: readonly string[];
  /**
   * Set when the size guard refused the run: its estimate (memory, FLOPs, time) was above the
   * limit, and nothing was allocated. Absent (or null) otherwise; servers before the guard never
   * send it, so readers treat a missing field as null.
   */
  readonly tooLarge?: RunCellTooLarge | null;
}

function symbolsOf(d: Dim, out: Set<string>): void {
  if (typeof d === "number" || d.kind !== "sym") return;
  for (const mono of d.terms.keys()) if (mono !== "") for (const s of mono.split("*")) out.add(s);
}

function tensorShapeOf(v: Value | undefined): Dim[] | null {
  return v && v.t === "tensor" ? v.shape : null;
}

/** The shapes the run uses: the call's inferred arguments, else what the module expects. */
function sampleShapes(r: Runnable): { input: Dim[]; hx: Dim[][] } {
  const seq = shapes.sym("seq");
  const batch = shapes.sym("batch");
  const expected = expectedShapes(r.module, batch, seq);
  const fallbackInput: Dim[] = expected ? expected.input : [batch, shapes.UNKNOWN];
  const callInput = tensorShapeOf(r.call?.args[0]);
  const input = callInput && callInput.length === fallbackInput.length ? callInput.map((d, i) => (shapes.isUnknown(d) ? (fallbackInput[i] as Dim) : d)) : (callInput ?? fallbackInput);
  const hxArg = r.call?.args[1];
  const hx: Dim[][] = [];
  if (hxArg && hxArg.t === "tensor" && hxArg.shape) hx.push(hxArg.shape);
  if (hxArg && hxArg.t === "tuple") for (const item of hxArg.items) if (item.t === "tensor" && item.shape) hx.push(item.shape);
  return { input, hx };
}

/** The dims the run needs that have no size in `dims`. */
function missing(r: Runnable, dims: Readonly<Record<string, number>>): string[] {
  const syms = new Set<string>();
  const c = r.module.config;
  if (c) [c.inputSize, c.hiddenSize, c.numLayers, c.projSize].forEach((d) => symbolsOf(d, syms));
  if (r.module.features) [r.module.features.inFeatures, r.module.features.outFeatures].forEach((d) => symbolsOf(d, syms));
  const { input, hx } = sampleShapes(r);
  [...input, ...hx.flat()].forEach((d) => symbolsOf(d, syms));
  return [...syms].filter((s) => dims[s] === undefined).sort();
}

/** A run ready for the engine, or the result that says why it cannot run. */
export type RunCellPlan = { readonly kind: "job"; readonly job: RunCellJob; readonly base: RunCellBase } | { readonly kind: "result"; readonly result: RunCellResult };

/** The parts of a result known before running. */
export interface RunCellBase {
  readonly module: { readonly kind: string; readonly config: string; readonly parameterCount: number | null };
  readonly dims: Readonly<Record<string, number>>;
  readonly seed: number;
}

const notRun = { ok: false, inputs: [], results: [], timeMs: 0, kernels: "", shapesMatchInferred: null, error: null, staticProblem: null, missingDims: [], tooLarge: null } as const;

/** The module's constructor options with every size a number (the analyzer's config at `env`). */
function jobModule(m: ModuleValue, env: Readonly<Record<string, number>>): JobModule {
  const ev = (d: Dim) => shapes.evaluateDim(d, env) as number;
  if (m.features) {
    return { kind: m.kind === "Linear" ? "Linear" : "Embedding", inFeatures: ev(m.features.inFeatures), outFeatures: ev(m.features.outFeatures) };
  }
  const c = m.config as shapes.RecurrentConfig;
  const options: Record<string, number | boolean | string> = { input_size: ev(c.inputSize), hidden_size: ev(c.hiddenSize), bias: c.bias ?? true };
  if (!shapes.isCellKind(c.kind)) {
    Object.assign(options, { num_layers: ev(c.numLayers), batch_first: c.batchFirst ?? false, bidirectional: c.bidirectional ?? false, dropout: c.dropout ?? 0 });
    if (c.kind === "LSTM") options["proj_size"] = ev(c.projSize);
  }
  if ((c.kind === "RNN" || c.kind === "RNNCell") && c.nonlinearity) options["nonlinearity"] = c.nonlinearity;
  return { kind: c.kind, options };
}

/**
 * Everything Run Cell decides before running: the sizes, the module's plain configuration, the
 * sample shapes and what the analyzer inferred for the results. Only the analysis runs here.
 */
export function planRunCell(r: Runnable, dims: Readonly<Record<string, number>> = DEFAULT_SAMPLE_DIMS, seed = 0, kernels: RunCellJob["kernels"] = null): RunCellPlan {
  const env = { ...DEFAULT_SAMPLE_DIMS, ...dims };
  const m = r.module;
  const base: RunCellBase = { module: { kind: m.kind, config: describeConfig(m), parameterCount: null }, dims: env, seed };
  const absent = missing(r, env);
  const unknownConfig = (m.config && [m.config.inputSize, m.config.hiddenSize, m.config.numLayers, m.config.projSize].some(shapes.isUnknown)) || (m.config && (m.config.batchFirst === null || m.config.bidirectional === null));
  if (absent.length > 0 || unknownConfig) {
    return { kind: "result", result: { ...base, ...notRun, staticProblem: unknownConfig ? `The ${m.kind}'s configuration is not known statically: ${describeConfig(m)}` : null, missingDims: absent } };
  }
  const { input, hx } = sampleShapes(r);
  const concrete = (s: Dim[]) => s.map((d) => shapes.evaluateDim(d, env));
  const inputShape = concrete(input);
  const hxShapes = hx.map(concrete);
  if (inputShape.some((d) => d === null) || hxShapes.some((s) => s.some((d) => d === null))) {
    return { kind: "result", result: { ...base, ...notRun, staticProblem: "The sample input's shape is not known statically" } };
  }
  const inferred = r.call ? inferredResults(m, r.call) : ruleResults(m, input, hx);
  const meanings = dimMeanings(m);
  const job: RunCellJob = {
    module: jobModule(m, env),
    input: inputShape as number[],
    hx: hxShapes as number[][],
    seed,
    // Unknown dims match anything (null); a dim the sizes do not evaluate matches nothing (-1).
    inferred: inferred.map((inf) => (inf ? { text: `[${inf.map(shapes.formatDim).join(", ")}]`, sizes: inf.map((d) => (shapes.isUnknown(d) ? null : (shapes.evaluateDim(d, env) ?? -1))) } : null)),
    compare: inferred.length > 0,
    meanings: { output: meanings?.output ?? null, "h'": meanings?.output ?? null, result: meanings?.output ?? null, h_n: meanings?.hN ?? null, c_n: meanings?.c0 ?? null, "c'": meanings?.c0 ?? null },
    kernels,
  };
  return { kind: "job", job, base };
}

/** A planned run's result from what the engine found. */
export function resultOf(base: RunCellBase, e: RunCellExecution): RunCellResult {
  return {
    ...base,
    module: { ...base.module, parameterCount: e.parameterCount },
    ok: e.ok,
    inputs: e.inputs,
    results: e.results,
    timeMs: e.timeMs,
    kernels: e.kernels,
    shapesMatchInferred: e.shapesMatchInferred,
    error: e.error,
    staticProblem: null,
    missingDims: [],
    tooLarge: null,
  };
}

/** The result for a planned run the size guard refused: nothing was allocated. */
export function tooLargeResult(base: RunCellBase, tooLarge: RunCellTooLarge): RunCellResult {
  return { ...base, ...notRun, tooLarge };
}

export interface RunCellOptions {
  /** The size guard's limit; DEFAULT_MAX_MEMORY_MB when absent. */
  readonly maxMemoryMB?: number;
  /** How the user raises the limit, for the refusal's message. */
  readonly howToRaise?: string;
}

/**
 * Plans, guards and runs in this thread (the CLI). The language server plans here and runs the
 * job on a worker thread (server/lsp/run-cell-runner.ts).
 */
export function runCell(r: Runnable, dims: Readonly<Record<string, number>> = DEFAULT_SAMPLE_DIMS, seed = 0, options: RunCellOptions = {}): RunCellResult {
  const plan = planRunCell(r, dims, seed);
  if (plan.kind === "result") return plan.result;
  const tooLarge = checkRunSize(plan.job, options.maxMemoryMB ?? DEFAULT_MAX_MEMORY_MB, options.howToRaise);
  if (tooLarge) return tooLargeResult(plan.base, tooLarge);
  return resultOf(plan.base, executeRunCellJob(plan.job));
}

/** What the analyzer inferred for the call's results, in resultTensors' order. */
function inferredResults(m: ModuleValue, call: { result: Value }): (Dim[] | null)[] {
  const v = call.result;
  const shapeOf = (x: Value | undefined) => (x && x.t === "tensor" ? x.shape : null);
  if (m.kind === "LSTM" && v.t === "tuple") {
    const state = v.items[1];
    return [shapeOf(v.items[0]), ...(state && state.t === "tuple" ? [shapeOf(state.items[0]), shapeOf(state.items[1])] : [null, null])];
  }
  if (v.t === "tuple") return v.items.map(shapeOf);
  return [shapeOf(v)];
}

/** Without a call: what the shape rules infer for the sample input, symbolically. */
function ruleResults(m: ModuleValue, input: Dim[], hx: Dim[][]): (Dim[] | null)[] {
  const c = m.config;
  const hxArg: shapes.HiddenArg = hx.length === 0 ? { kind: "none" } : m.kind === "LSTM" || m.kind === "LSTMCell" ? { kind: "tuple", shapes: hx } : { kind: "tensor", shape: hx[0] ?? null };
  if (c && shapes.isCellKind(c.kind)) {
    const r = shapes.cellForward(c, input, hxArg);
    return r.ok ? [r.value.h, ...(r.value.c !== undefined ? [r.value.c] : [])].map((s) => (s ? [...s] : null)) : [];
  }
  if (c) {
    const r = shapes.sequenceForward(c, input, hxArg);
    return r.ok ? [r.value.output, r.value.hN, ...(r.value.cN !== undefined ? [r.value.cN] : [])].map((s) => (s ? [...s] : null)) : [];
  }
  if (m.kind === "Linear" && m.features) {
    const r = shapes.linearShape(input, m.features.inFeatures, m.features.outFeatures);
    return r.ok && r.value ? [[...r.value]] : [];
  }
  if (m.kind === "Embedding" && m.features) return [[...input, m.features.outFeatures]];
  return [];
}

export { moduleParameters };
