/**
 * "Run Cell on Sample Input": builds the module at a position in the engine, binds symbolic
 * dims to sample sizes, runs it on seeded random input, and reports shapes, values, time and
 * whether the concrete shapes equal the inferred ones. Only the engine runs: never user code.
 */
import { performance } from "node:perf_hooks";
import { kernels, nn, shapes, torch, TorchError, type Tensor } from "../../engine";
import { dimMeanings, describeConfig, moduleParameters } from "./describe";
import { expectedShapes } from "./interpreter/engine-api";
import type { ModuleValue, Value } from "./interpreter/values";
import type { Runnable } from "./queries";
import { DEFAULT_SAMPLE_DIMS } from "./sample-dims";

type Dim = shapes.Dim;

/** Values sent back per result tensor (the webview's heatmap and table); the rest is cut. */
const MAX_VALUES = 20_000;

export interface RunTensor {
  readonly name: string;
  readonly shape: number[];
  /** What each dim means, the tutorial's way: `(seq_len, batch, num_directions * hidden_size)`. */
  readonly meaning: string | null;
  /** What the analyzer inferred for this result before running, as text. */
  readonly inferred: string | null;
  readonly values: number[];
  readonly valuesTruncated: boolean;
}

export interface RunCellResult {
  readonly ok: boolean;
  readonly module: { readonly kind: string; readonly config: string; readonly parameterCount: number | null };
  readonly dims: Readonly<Record<string, number>>;
  readonly seed: number;
  readonly inputs: readonly { readonly name: string; readonly shape: number[] }[];
  readonly results: readonly RunTensor[];
  readonly timeMs: number;
  /**
   * The engine kernels the forward pass ran on (`kernels().name`, e.g. "wasm-relaxed-simd
   * (2 threads)" or "typescript"); "" when the run stopped before the forward pass.
   */
  readonly kernels: string;
  /** null when nothing was inferred to compare with. */
  readonly shapesMatchInferred: boolean | null;
  /** PyTorch's error for these shapes, when the engine rejects the call. */
  readonly error: { readonly pytorchType: string; readonly message: string } | null;
  /** Why the module cannot run at all (its configuration or input shape is not known statically). */
  readonly staticProblem: string | null;
  /** Symbols that need a size before the module can run. */
  readonly missingDims: readonly string[];
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

function buildModule(m: ModuleValue, env: Readonly<Record<string, number>>): { forward: (...args: unknown[]) => unknown; parameterCount(): number } {
  const ev = (d: Dim) => shapes.evaluateDim(d, env) as number;
  if (m.features) {
    if (m.kind === "Linear") return new nn.Linear(ev(m.features.inFeatures), ev(m.features.outFeatures)) as never;
    return new nn.Embedding(ev(m.features.inFeatures), ev(m.features.outFeatures)) as never;
  }
  const c = m.config as shapes.RecurrentConfig;
  const options: Record<string, unknown> = { input_size: ev(c.inputSize), hidden_size: ev(c.hiddenSize), bias: c.bias ?? true };
  if (!shapes.isCellKind(c.kind)) {
    Object.assign(options, { num_layers: ev(c.numLayers), batch_first: c.batchFirst ?? false, bidirectional: c.bidirectional ?? false, dropout: c.dropout ?? 0 });
    if (c.kind === "LSTM") options["proj_size"] = ev(c.projSize);
  }
  if ((c.kind === "RNN" || c.kind === "RNNCell") && c.nonlinearity) options["nonlinearity"] = c.nonlinearity;
  const Ctor = nn[c.kind] as unknown as new (o: Record<string, unknown>) => { forward: (...args: unknown[]) => unknown; parameterCount(): number; eval(): unknown };
  const mod = new Ctor(options);
  mod.eval();
  return mod;
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

export function runCell(r: Runnable, dims: Readonly<Record<string, number>> = DEFAULT_SAMPLE_DIMS, seed = 0): RunCellResult {
  const env = { ...DEFAULT_SAMPLE_DIMS, ...dims };
  const m = r.module;
  const base = { module: { kind: m.kind, config: describeConfig(m), parameterCount: null }, dims: env, seed };
  const absent = missing(r, env);
  const unknownConfig = (m.config && [m.config.inputSize, m.config.hiddenSize, m.config.numLayers, m.config.projSize].some(shapes.isUnknown)) || (m.config && (m.config.batchFirst === null || m.config.bidirectional === null));
  if (absent.length > 0 || unknownConfig) {
    return { ...base, ok: false, inputs: [], results: [], timeMs: 0, kernels: "", shapesMatchInferred: null, error: null, staticProblem: unknownConfig ? `The ${m.kind}'s configuration is not known statically: ${describeConfig(m)}` : null, missingDims: absent };
  }
  const { input, hx } = sampleShapes(r);
  const concrete = (s: Dim[]) => s.map((d) => shapes.evaluateDim(d, env));
  const inputShape = concrete(input);
  const hxShapes = hx.map(concrete);
  if (inputShape.some((d) => d === null) || hxShapes.some((s) => s.some((d) => d === null))) {
    return { ...base, ok: false, inputs: [], results: [], timeMs: 0, kernels: "", shapesMatchInferred: null, error: null, staticProblem: "The sample input's shape is not known statically", missingDims: [] };
  }
  torch.manualSeed(seed);
  let mod: ReturnType<typeof buildModule>;
  try {
    mod = buildModule(m, env);
  } catch (e) {
    return { ...base, ok: false, inputs: [], results: [], timeMs: 0, kernels: "", shapesMatchInferred: null, error: errorOf(e), staticProblem: null, missingDims: [] };
  }
  const inShape = inputShape as number[];
  const x = m.kind === "Embedding" ? randomIndices(inShape, shapes.evaluateDim(m.features?.inFeatures ?? 1, env) ?? 1) : torch.randn(inShape);
  const states = hxShapes.map((s) => torch.randn(s as number[]));
  const inputs = [{ name: "input", shape: inShape }, ...states.map((s, i) => ({ name: hxNames(m.kind, states.length)[i] ?? `hx${i}`, shape: s.shape }))];
  const hxArg = states.length === 0 ? undefined : m.kind === "LSTM" || m.kind === "LSTMCell" ? states : states[0];
  const t0 = performance.now();
  let out: unknown;
  try {
    out = hxArg === undefined ? mod.forward(x) : mod.forward(x, hxArg);
  } catch (e) {
    return { ...base, module: { ...base.module, parameterCount: mod.parameterCount() }, ok: false, inputs, results: [], timeMs: performance.now() - t0, kernels: kernelsName(), shapesMatchInferred: null, error: errorOf(e), staticProblem: null, missingDims: [] };
  }
  const timeMs = performance.now() - t0;
  const named = resultTensors(m, out);
  const inferred = r.call ? inferredResults(m, r.call) : ruleResults(m, input, hx);
  const meanings = dimMeanings(m);
  const results = named.map(([name, t], i) => {
    const data = t.data;
    const inf = inferred[i] ?? null;
    return {
      name,
      shape: t.shape,
      meaning: name === "output" || name === "h'" || name === "result" ? (meanings?.output ?? null) : name === "c_n" || name === "c'" ? (meanings?.c0 ?? null) : (meanings?.hN ?? null),
      inferred: inf ? `[${inf.map(shapes.formatDim).join(", ")}]` : null,
      values: Array.from(data.subarray(0, MAX_VALUES)),
      valuesTruncated: data.length > MAX_VALUES,
    };
  });
  let match: boolean | null = null;
  if (inferred.length > 0) {
    match = named.every(([, t], i) => {
      const inf = inferred[i];
      if (!inf) return true;
      return inf.length === t.shape.length && inf.every((d, k) => shapes.isUnknown(d) || shapes.evaluateDim(d, env) === t.shape[k]);
    });
  }
  return { ...base, module: { ...base.module, parameterCount: mod.parameterCount() }, ok: true, inputs, results, timeMs, kernels: kernelsName(), shapesMatchInferred: match, error: null, staticProblem: null, missingDims: [] };
}

/** The kernels in use; "" when the engine could not pick any (that error is then the run's). */
function kernelsName(): string {
  try {
    return kernels().name;
  } catch {
    return "";
  }
}

function hxNames(kind: string, n: number): string[] {
  if (kind === "LSTM" || kind === "LSTMCell") return ["h0", "c0"].slice(0, n);
  return ["h0"];
}

function randomIndices(shape: number[], num: number): Tensor {
  const t = torch.rand(shape);
  const d = t.data;
  for (let i = 0; i < d.length; i++) d[i] = Math.floor((d[i] as number) * num);
  return t;
}

function resultTensors(m: ModuleValue, out: unknown): [string, Tensor][] {
  if (m.kind === "LSTM") {
    const [o, [h, c]] = out as [Tensor, [Tensor, Tensor]];
    return [["output", o], ["h_n", h], ["c_n", c]];
  }
  if (m.kind === "RNN" || m.kind === "GRU") {
    const [o, h] = out as [Tensor, Tensor];
    return [["output", o], ["h_n", h]];
  }
  if (m.kind === "LSTMCell") {
    const [h, c] = out as [Tensor, Tensor];
    return [["h'", h], ["c'", c]];
  }
  if (m.kind === "RNNCell" || m.kind === "GRUCell") return [["h'", out as Tensor]];
  return [["result", out as Tensor]];
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

function errorOf(e: unknown): { pytorchType: string; message: string } {
  if (e instanceof TorchError) return { pytorchType: e.pytorchType, message: e.message };
  return { pytorchType: "Error", message: e instanceof Error ? e.message : String(e) };
}

export { moduleParameters };
