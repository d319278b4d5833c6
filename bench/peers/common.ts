/**
 * What the engine benchmark and its peers share: the problem every implementation computes (a
 * recurrent module's PyTorch-named weights and a time-major input), gate-block reordering for the
 * peers' layouts, and one timing policy, so every row is measured the same way.
 */
import { performance } from "node:perf_hooks";

export type Kind = "LSTM" | "GRU" | "RNN";

/** Gates per kind: LSTM i,f,g,o; GRU r,z,n; RNN (tanh) one. */
export const GATES: Readonly<Record<Kind, number>> = { LSTM: 4, GRU: 3, RNN: 1 };

export interface NamedData {
  shape: number[];
  data: Float32Array;
}

/** One forward pass to compute: unidirectional, with bias, h0/c0 zeros, float32. */
export interface RecurrentProblem {
  kind: Kind;
  inputSize: number;
  hiddenSize: number;
  numLayers: number;
  seqLen: number;
  batch: number;
  /** PyTorch's parameter names and layouts: weight_ih_l0 (G·H × I), weight_hh_l0, bias_ih_l0, bias_hh_l0, ... */
  weights: ReadonlyMap<string, NamedData>;
  /** (seq, batch, input), row-major */
  input: Float32Array;
}

export function param(p: RecurrentProblem, name: string): NamedData {
  const w = p.weights.get(name);
  if (!w) throw new Error(`missing parameter ${name}`);
  return w;
}

/** Multiply-adds of the matrix products ×2, per layer 2·T·B·G·H·(I_layer + H); bias and pointwise ignored. */
export function flops(p: RecurrentProblem): number {
  let total = 0;
  for (let l = 0; l < p.numLayers; l++) {
    const inputSize = l === 0 ? p.inputSize : p.hiddenSize;
    total += 2 * p.seqLen * p.batch * GATES[p.kind] * p.hiddenSize * (inputSize + p.hiddenSize);
  }
  return total;
}

/**
 * Reorders the gate blocks of a PyTorch weight (G blocks of `blockRows` rows, each `cols` wide, or
 * a bias when cols = 1): out block k = in block order[k].
 */
export function reorderGates(data: Float32Array, blockRows: number, cols: number, order: readonly number[]): Float32Array {
  const block = blockRows * cols;
  const out = new Float32Array(order.length * block);
  order.forEach((from, to) => out.set(data.subarray(from * block, (from + 1) * block), to * block));
  return out;
}

/** rows×cols → cols×rows. */
export function transpose(data: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = data[r * cols + c] as number;
  return out;
}

/** (a, b, c) → (b, a, c): time-major ↔ batch-major. */
export function swapLeadingDims(data: Float32Array, a: number, b: number, c: number): Float32Array {
  const out = new Float32Array(a * b * c);
  for (let i = 0; i < a; i++) for (let j = 0; j < b; j++) out.set(data.subarray((i * b + j) * c, (i * b + j + 1) * c), (j * a + i) * c);
  return out;
}

export function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs((a[i] as number) - (b[i] as number));
    if (!(d <= m)) m = d; // NaN propagates
  }
  return m;
}

/**
 * Each implementation is warmed up, then samples are taken until `maxSamples` or the time budget is
 * spent (at least one). A call shorter than `minSampleMs` is repeated within a sample (the sample
 * is the mean per call), so the tutorial size is measurable; a call longer than a quarter of the
 * budget is not worth a separate warm-up and counts as the first sample (its JIT and caches settle
 * within the call). The implementations of one problem are measured together, interleaved (see
 * measureInterleaved); bench/peers/torch_bench.py follows the same policy for one implementation.
 */
export interface TimingPolicy {
  maxSamples: number;
  /** per implementation; a group of n interleaved implementations shares n × budgetMs */
  budgetMs: number;
  minSampleMs: number;
}

export interface Timing {
  medianMs: number;
  samples: number;
  callsPerSample: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** One implementation to time. */
export interface Contender {
  /**
   * Runs before each of its samples and before its warm-up: the engine's kernels are a
   * process-wide switch, and the interleaved implementations take turns.
   */
  activate?(): void;
  /** One forward pass; a promise (onnxruntime's session.run) is awaited before the next call. */
  call(): void | Promise<void>;
}

/** A contender ready to run, with the output of its first (or last) call and what to free after. */
export interface Prepared extends Contender {
  output(): Float32Array | undefined;
  release(): void | Promise<void>;
}

export type Outcome = { ok: true; timing: Timing } | { ok: false; error: unknown };

/** Calls `call` n times; awaits only what returns a promise, so synchronous calls pay no microtask. */
async function repeat(call: () => void | Promise<void>, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const r = call();
    if (r instanceof Promise) await r;
  }
}

/** Activates the contender, makes `n` calls and returns the mean ms per call. */
async function sample(c: Contender, n: number): Promise<number> {
  c.activate?.();
  const t0 = performance.now();
  await repeat(() => c.call(), n);
  return (performance.now() - t0) / n;
}

interface State {
  contender: Contender;
  samples: number[];
  callsPerSample: number;
  /** Takes no more samples: it has its maximum, would not fit in the budget, or failed. */
  out: boolean;
  error?: unknown;
}

/** The first call, then a warm-up of about budget/8 (at least one more call) that sizes the samples. */
async function warmUp(c: Contender, policy: TimingPolicy): Promise<State> {
  const first = await sample(c, 1);
  if (first >= policy.budgetMs / 4) return { contender: c, samples: [first], callsPerSample: 1, out: false };
  const warmMs = Math.min(1000, policy.budgetMs / 8);
  let n = 0;
  const w0 = performance.now();
  do {
    await sample(c, 1);
    n++;
  } while (performance.now() - w0 < warmMs);
  const perCall = (performance.now() - w0) / n;
  return { contender: c, samples: [], callsPerSample: Math.max(1, Math.ceil(policy.minSampleMs / perCall)), out: false };
}

/** Whether `s` takes another sample when the round-robin has spent `elapsedMs` of `groupBudgetMs`. */
function wantsSample(s: State, policy: TimingPolicy, elapsedMs: number, groupBudgetMs: number): boolean {
  const last = s.samples[s.samples.length - 1];
  if (last === undefined) return true; // at least one sample
  if (s.samples.length >= policy.maxSamples) return false;
  const next = last * s.callsPerSample;
  // A row whose one sample outlasts a whole row's budget (the TypeScript kernels on `large`:
  // 15–65 s a call) keeps its first sample only: more would hold up every round for minutes.
  if (next > policy.budgetMs) return false;
  return elapsedMs + next <= groupBudgetMs;
}

function outcome(s: State): Outcome {
  if (s.error !== undefined || s.samples.length === 0) return { ok: false, error: s.error ?? new Error("no sample") };
  return { ok: true, timing: { medianMs: median(s.samples), samples: s.samples.length, callsPerSample: s.callsPerSample } };
}

/**
 * Times several implementations of one problem in the same stretch of time, so that drift of the
 * machine's speed (other tenants of a shared host) moves all their medians alike instead of
 * skewing their ratios: each is warmed up in turn, then they take samples round-robin (one sample
 * of each per round) until every one has `maxSamples` or the group's budget (implementations ×
 * `budgetMs`) is spent. An implementation that fails is left out of later rounds.
 */
export async function measureInterleaved(contenders: readonly Contender[], policy: TimingPolicy): Promise<Outcome[]> {
  const states: State[] = [];
  for (const c of contenders) {
    try {
      states.push(await warmUp(c, policy));
    } catch (error) {
      states.push({ contender: c, samples: [], callsPerSample: 1, out: true, error });
    }
  }
  const groupBudgetMs = policy.budgetMs * states.filter((s) => !s.out).length;
  const start = performance.now();
  for (let sampled = true; sampled; ) {
    sampled = false;
    for (const s of states) {
      if (s.out) continue;
      if (!wantsSample(s, policy, performance.now() - start, groupBudgetMs)) {
        s.out = true; // elapsed time only grows: out for good
        continue;
      }
      try {
        s.samples.push(await sample(s.contender, s.callsPerSample));
        sampled = true;
      } catch (error) {
        s.error = error;
        s.out = true;
      }
    }
  }
  return states.map(outcome);
}
