/**
 * The engine half of Run Cell: a run described as plain data (a module configuration with every
 * size a number, the sample shapes, a seed) and the code that runs it. It imports the engine and
 * nothing of the analyzer, so a worker thread can run a job it received as a message: only the
 * engine runs there, never user code.
 */
import { performance } from "node:perf_hooks";
import { createKernels, kernels, nn, torch, TorchError, useKernels, type KernelName, type Kernels, type Tensor } from "../../engine";

export type SequenceKind = "RNN" | "GRU" | "LSTM";
export type CellKind = "RNNCell" | "GRUCell" | "LSTMCell";

/** The module to build: a recurrent module's constructor options, or Linear/Embedding's two sizes. */
export type JobModule = RecurrentJobModule | FeaturesJobModule;
export interface RecurrentJobModule {
  readonly kind: SequenceKind | CellKind;
  readonly options: Readonly<Record<string, number | boolean | string>>;
}
export interface FeaturesJobModule {
  readonly kind: "Linear" | "Embedding";
  readonly inFeatures: number;
  readonly outFeatures: number;
}

/** What the analyzer inferred for one result, evaluated at the run's sizes. */
export interface InferredResult {
  /** As the analyzer writes it, e.g. `[seq, batch, 20]`. */
  readonly text: string;
  /** Each dim's size at the run's sizes; null where the analyzer did not know it. */
  readonly sizes: readonly (number | null)[];
}

export interface RunCellJob {
  readonly module: JobModule;
  readonly input: readonly number[];
  /** Hidden states passed to forward (none, h0, or LSTM's h0 and c0). */
  readonly hx: readonly (readonly number[])[];
  readonly seed: number;
  /** In the order of the results (output, h_n, c_n; or h', c'; or result); null: nothing inferred. */
  readonly inferred: readonly (InferredResult | null)[];
  /** Whether there were inferred results to compare with at all. */
  readonly compare: boolean;
  /** What each result's dims mean (the tutorial's words), by result name. */
  readonly meanings: Readonly<Record<string, string | null>>;
  /** The kernels to run on; null: the engine's own choice (RNNLENS_KERNELS, else the best available). */
  readonly kernels: { readonly name: KernelName; readonly threads: number | undefined } | null;
}

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

/** What running a job found: the engine's part of a RunCellResult. */
export interface RunCellExecution {
  readonly ok: boolean;
  readonly parameterCount: number | null;
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
  /** The kernels asked for could not run here (the run used the TypeScript kernels): for the user. */
  readonly kernelProblem: string | null;
}

/** Where a run is, for progress reports: a message and a percentage. */
export type ProgressSink = (message: string, percentage: number) => void;

/** Values sent back per result tensor (the webview's heatmap and table); the rest is cut. */
const MAX_VALUES = 20_000;

interface RunnableModule {
  forward(...args: unknown[]): unknown;
  parameterCount(): number;
  eval(): unknown;
}

function buildModule(m: JobModule): RunnableModule {
  if (!("options" in m)) {
    if (m.kind === "Linear") return new nn.Linear(m.inFeatures, m.outFeatures) as unknown as RunnableModule;
    return new nn.Embedding(m.inFeatures, m.outFeatures) as unknown as RunnableModule;
  }
  const Ctor = nn[m.kind] as unknown as new (o: Record<string, unknown>) => RunnableModule;
  const mod = new Ctor({ ...m.options });
  mod.eval();
  return mod;
}

/** Kernels made in this thread, by choice, so a run reuses them (and their worker threads). */
const madeKernels = new Map<string, { kernels: Kernels; problem: string | null }>();

/** Hands the engine the job's kernels; a choice this runtime cannot run falls back to TypeScript. */
function applyKernels(choice: RunCellJob["kernels"]): string | null {
  if (choice === null) return null;
  const key = `${choice.name}/${choice.threads ?? "default"}`;
  let made = madeKernels.get(key);
  if (!made) {
    try {
      made = { kernels: createKernels(choice.name, choice.threads === undefined ? {} : { threads: choice.threads }), problem: null };
    } catch (e) {
      made = { kernels: createKernels("typescript"), problem: `${e instanceof Error ? e.message : String(e)}. Run Cell uses the typescript kernels.` };
    }
    madeKernels.set(key, made);
  }
  useKernels(made.kernels);
  return made.problem;
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

function resultTensors(kind: JobModule["kind"], out: unknown): [string, Tensor][] {
  if (kind === "LSTM") {
    const [o, [h, c]] = out as [Tensor, [Tensor, Tensor]];
    return [["output", o], ["h_n", h], ["c_n", c]];
  }
  if (kind === "RNN" || kind === "GRU") {
    const [o, h] = out as [Tensor, Tensor];
    return [["output", o], ["h_n", h]];
  }
  if (kind === "LSTMCell") {
    const [h, c] = out as [Tensor, Tensor];
    return [["h'", h], ["c'", c]];
  }
  if (kind === "RNNCell" || kind === "GRUCell") return [["h'", out as Tensor]];
  return [["result", out as Tensor]];
}

function errorOf(e: unknown): { pytorchType: string; message: string } {
  if (e instanceof TorchError) return { pytorchType: e.pytorchType, message: e.message };
  return { pytorchType: "Error", message: e instanceof Error ? e.message : String(e) };
}

/** Builds the module, runs it on seeded random input, and reports what came out. */
export function executeRunCellJob(job: RunCellJob, progress: ProgressSink = () => undefined): RunCellExecution {
  const kernelProblem = applyKernels(job.kernels);
  const failed = (error: unknown, extra: Partial<RunCellExecution> = {}): RunCellExecution => ({
    ok: false,
    parameterCount: null,
    inputs: [],
    results: [],
    timeMs: 0,
    kernels: "",
    shapesMatchInferred: null,
    error: errorOf(error),
    kernelProblem,
    ...extra,
  });
  const m = job.module;
  progress(`building ${m.kind}`, 5);
  torch.manualSeed(job.seed);
  let mod: RunnableModule;
  try {
    mod = buildModule(m);
  } catch (e) {
    return failed(e);
  }
  const parameterCount = mod.parameterCount();
  progress("making the sample input", 20);
  const inShape = [...job.input];
  let x: Tensor;
  let states: Tensor[];
  try {
    x = !("options" in m) && m.kind === "Embedding" ? randomIndices(inShape, m.inFeatures) : torch.randn(inShape);
    states = job.hx.map((s) => torch.randn([...s]));
  } catch (e) {
    return failed(e, { parameterCount });
  }
  const inputs = [{ name: "input", shape: inShape }, ...states.map((s, i) => ({ name: hxNames(m.kind, states.length)[i] ?? `hx${i}`, shape: s.shape }))];
  const hxArg = states.length === 0 ? undefined : m.kind === "LSTM" || m.kind === "LSTMCell" ? states : states[0];
  progress("running forward", 30);
  const t0 = performance.now();
  let out: unknown;
  try {
    out = hxArg === undefined ? mod.forward(x) : mod.forward(x, hxArg);
  } catch (e) {
    return failed(e, { parameterCount, inputs, timeMs: performance.now() - t0, kernels: kernelsName() });
  }
  const timeMs = performance.now() - t0;
  progress("collecting the results", 95);
  const named = resultTensors(m.kind, out);
  const results = named.map(([name, t], i): RunTensor => {
    const data = t.data;
    return {
      name,
      shape: t.shape,
      meaning: job.meanings[name] ?? null,
      inferred: job.inferred[i]?.text ?? null,
      values: Array.from(data.subarray(0, MAX_VALUES)),
      valuesTruncated: data.length > MAX_VALUES,
    };
  });
  let match: boolean | null = null;
  if (job.compare) {
    match = named.every(([, t], i) => {
      const inf = job.inferred[i];
      if (!inf) return true;
      return inf.sizes.length === t.shape.length && inf.sizes.every((d, k) => d === null || d === t.shape[k]);
    });
  }
  return { ok: true, parameterCount, inputs, results, timeMs, kernels: kernelsName(), shapesMatchInferred: match, error: null, kernelProblem };
}
