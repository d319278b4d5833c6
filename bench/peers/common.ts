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
 * Warm up, then take samples until `maxSamples` or the time budget is spent (at least one). A call
 * shorter than `minSampleMs` is repeated within a sample (the sample is the mean per call), so
 * the tutorial size is measurable; a call longer than a quarter of the budget is not worth a
 * separate warm-up and counts as the first sample (its JIT and caches settle within the call).
 * bench/peers/torch_bench.py follows the same policy.
 */
export interface TimingPolicy {
  maxSamples: number;
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

/** Calls `call` n times; awaits only what returns a promise, so synchronous calls pay no microtask. */
async function repeat(call: () => void | Promise<void>, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const r = call();
    if (r instanceof Promise) await r;
  }
}

export async function measure(call: () => void | Promise<void>, policy: TimingPolicy): Promise<Timing> {
  const samples: number[] = [];
  let callsPerSample = 1;
  const t0 = performance.now();
  await repeat(call, 1);
  const first = performance.now() - t0;
  if (first >= policy.budgetMs / 4) {
    samples.push(first);
  } else {
    // Warm up for a moment (at least one more call), then size the samples from the mean call.
    const warmMs = Math.min(1000, policy.budgetMs / 8);
    let n = 0;
    const w0 = performance.now();
    do {
      await repeat(call, 1);
      n++;
    } while (performance.now() - w0 < warmMs);
    const perCall = (performance.now() - w0) / n;
    callsPerSample = Math.max(1, Math.ceil(policy.minSampleMs / perCall));
  }
  const start = performance.now();
  while (samples.length < policy.maxSamples) {
    const elapsed = performance.now() - start;
    const last = samples[samples.length - 1] ?? 0;
    if (samples.length > 0 && elapsed + last * callsPerSample > policy.budgetMs) break;
    const s0 = performance.now();
    await repeat(call, callsPerSample);
    samples.push((performance.now() - s0) / callsPerSample);
  }
  return { medianMs: median(samples), samples: samples.length, callsPerSample };
}
