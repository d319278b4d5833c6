/**
 * What a Run Cell job will cost before anything is allocated: the bytes of its parameters, of
 * its tensors (sample input, hidden states, outputs) and of the kernels' working buffers, and
 * the floating-point operations of the forward pass. Run Cell refuses a job above the memory
 * limit (`rnnlens.runCell.maxMemoryMB`, `rnnlens run --max-memory-mb`) with this estimate,
 * instead of letting the engine grow the process until the system kills it.
 *
 * The figures are upper-bound-ish, not exact: the kernels hold at most a few layer-sized
 * buffers at once, and everything is float32 (4 bytes).
 */
import type { RecurrentJobModule, RunCellJob } from "./run-cell-job";

export const DEFAULT_MAX_MEMORY_MB = 512;
const BYTES = 4;
const MB = 1024 * 1024;
/** A conservative forward-pass speed for the time estimate (the TypeScript kernels on one core). */
const FLOPS_PER_SECOND = 1e9;

export interface RunEstimate {
  readonly parameters: number;
  /** Bytes of the parameters. */
  readonly parameterBytes: number;
  /** Bytes of the sample input, hidden states, outputs and the kernels' working buffers. */
  readonly activationBytes: number;
  readonly totalBytes: number;
  /** Floating-point operations of the forward pass (multiply and add counted apart). */
  readonly flops: number;
  /** A rough time for the forward pass, in seconds (at about 1 GFLOP/s). */
  readonly seconds: number;
}

/** Why the run was refused: its estimate was above the limit. */
export interface RunCellTooLarge {
  readonly message: string;
  readonly estimate: RunEstimate;
  readonly limitMB: number;
}

const product = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

function gates(kind: string): number {
  if (kind.startsWith("LSTM")) return 4;
  if (kind.startsWith("GRU")) return 3;
  return 1;
}

function num(options: Readonly<Record<string, number | boolean | string>>, key: string, fallback: number): number {
  const v = options[key];
  return typeof v === "number" ? v : fallback;
}

interface Costs {
  parameters: number;
  /** Elements of the outputs and working buffers (not counting the input and hidden states). */
  work: number;
  flops: number;
}

function recurrentCosts(m: RecurrentJobModule, input: readonly number[]): Costs {
  const o = m.options;
  const G = gates(m.kind);
  const I = num(o, "input_size", 0);
  const H = num(o, "hidden_size", 0);
  const bias = o["bias"] !== false ? 1 : 0;
  if (m.kind.endsWith("Cell")) {
    const B = input.length === 2 ? (input[0] as number) : 1;
    const parameters = G * H * (I + H) + bias * 2 * G * H;
    // gates for the input and the state, the new state (and cell)
    const work = B * (2 * G * H + 2 * H);
    return { parameters, work, flops: 2 * B * G * H * (I + H) };
  }
  const L = num(o, "num_layers", 1);
  const D = o["bidirectional"] === true ? 2 : 1;
  const P = num(o, "proj_size", 0);
  const Hout = P > 0 ? P : H;
  const batchFirst = o["batch_first"] === true;
  const batched = input.length === 3;
  const T = batched ? (input[batchFirst ? 1 : 0] as number) : (input[0] as number);
  const B = batched ? (input[batchFirst ? 0 : 1] as number) : 1;
  let parameters = 0;
  let flops = 0;
  let widestLayer = 0;
  for (let l = 0; l < L; l++) {
    const inWidth = l === 0 ? I : D * Hout;
    const layer = G * H * (inWidth + Hout) + bias * 2 * G * H + (P > 0 ? P * H : 0);
    parameters += D * layer;
    widestLayer = Math.max(widestLayer, layer);
    flops += D * T * B * (2 * G * H * (inWidth + Hout) + (P > 0 ? 2 * H * P : 0));
  }
  // two layer outputs (one read, one written), one layer's input projections for every step,
  // the final states, and one layer's weights repacked for the kernels
  const outputs = T * B * D * Hout;
  const work = 2 * outputs + T * B * G * H + L * D * B * (Hout + H) + widestLayer;
  return { parameters, work, flops };
}

function costs(job: RunCellJob): Costs {
  const m = job.module;
  if ("options" in m) return recurrentCosts(m, job.input);
  if (m.kind === "Linear") {
    const rows = product(job.input.slice(0, -1));
    return { parameters: m.outFeatures * m.inFeatures + m.outFeatures, work: rows * m.outFeatures + m.outFeatures * m.inFeatures, flops: 2 * rows * m.inFeatures * m.outFeatures };
  }
  // Embedding: a lookup, one row copied per index
  const rows = product(job.input);
  return { parameters: m.inFeatures * m.outFeatures, work: rows * m.outFeatures, flops: rows * m.outFeatures };
}

export function estimateRun(job: RunCellJob): RunEstimate {
  const c = costs(job);
  const tensors = product(job.input) + job.hx.reduce((n, s) => n + product(s), 0);
  const parameterBytes = c.parameters * BYTES;
  const activationBytes = (tensors + c.work) * BYTES;
  return {
    parameters: c.parameters,
    parameterBytes,
    activationBytes,
    totalBytes: parameterBytes + activationBytes,
    flops: c.flops,
    seconds: c.flops / FLOPS_PER_SECOND,
  };
}

/** `1.2 GB`, `340 MB`, `12 KB` (powers of 1024, as the limit's MB). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(1)} GB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 100 * MB ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} B`;
}

function formatSeconds(s: number): string {
  if (s < 1) return "under a second";
  if (s < 120) return `about ${Math.round(s)} s`;
  if (s < 7200) return `about ${Math.round(s / 60)} min`;
  return `about ${Math.round(s / 3600)} h`;
}

/** The refusal for a job whose estimate is above `limitMB`, or null when it may run. */
export function checkRunSize(job: RunCellJob, limitMB: number, howToRaise = "raise rnnlens.runCell.maxMemoryMB"): RunCellTooLarge | null {
  const estimate = estimateRun(job);
  if (estimate.totalBytes <= limitMB * MB) return null;
  const message =
    `This run would need about ${formatBytes(estimate.totalBytes)} ` +
    `(parameters ${formatBytes(estimate.parameterBytes)}, activations ${formatBytes(estimate.activationBytes)}), ` +
    `more than the ${limitMB} MB Run Cell allows; the forward pass would take ${formatSeconds(estimate.seconds)} ` +
    `(${estimate.flops.toExponential(1)} FLOPs). Use smaller sample sizes, or ${howToRaise}.`;
  return { message, estimate, limitMB };
}
