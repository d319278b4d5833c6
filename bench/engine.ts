/**
 * `npm run bench:engine`: how fast the engine's recurrent forward pass is, with each kernel
 * configuration, against its own plain-TypeScript kernels and against peers computing the same
 * function with the same weights in the same run: onnxruntime-node (1 and 2 intra-op threads),
 * TensorFlow.js's WebAssembly backend, and PyTorch where a Python with torch is installed. Prints
 * Markdown tables (median ms, GFLOP/s, ratios, each row's max |difference| from the engine's
 * output); asserts nothing.
 *
 * The in-process rows of one model (engine configurations, onnxruntime 1T/2T, tfjs) are prepared
 * first and then sampled round-robin (see measureInterleaved in ./peers/common.ts), so their ratios
 * hold on a machine whose speed drifts; PyTorch, in its own process, is measured after them. The
 * header gives the machine's WebAssembly SIMD multiply-add ceiling at the start and the end of the
 * run (./peak/), which shows how much it drifted.
 *
 * LSTM, GRU and RNN (tanh), float32, unidirectional, with bias, h0/c0 omitted (zeros), time-major
 * input (seq, batch, input); weights from `torch.manualSeed(0)` and the module's constructor,
 * input from `torch.randn`. Peers are installed on demand into .cache/bench-peers/ (see
 * bench/peers/install.ts); a peer that cannot be installed or run is skipped with a note.
 *
 * Options: --sizes tutorial,medium,large  --kinds LSTM,GRU,RNN  --quick (short budgets; sizes
 * tutorial,medium unless --sizes)  --budget <seconds per row>  --engines <ids>  --peers
 * onnxruntime,tfjs,pytorch|none  --json <file>
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { createRequire } from "node:module";
import type { KernelName, Kernels, Tensor } from "../engine";
// The engine as users run it: the bundle `npm run bench:engine` builds first (the sources under
// tsx pay for live-binding getters the bundle does not have).
const { createKernels, nn, torch, useKernels } = createRequire(import.meta.url)("../dist/engine.js") as typeof import("../engine");
import { loadPeakKernel, measureCeiling, type PeakKernel } from "./peak/ceiling";
import { flops, type Kind, maxAbsDiff, measureInterleaved, type NamedData, type Prepared, type RecurrentProblem, type Timing, type TimingPolicy } from "./peers/common";
import { ensurePeers, PEER_PACKAGES, type PeerPackage } from "./peers/install";
import { ortVersion, prepareOnnxruntime } from "./peers/onnxruntime";
import { findTorch, runTorch } from "./peers/pytorch";
import { prepareTfjs, tfjsDescription } from "./peers/tfjs";

interface Size {
  name: string;
  inputSize: number;
  hiddenSize: number;
  numLayers: number;
  seqLen: number;
  batch: number;
  maxSamples: number;
}

const SIZES: readonly Size[] = [
  { name: "tutorial", inputSize: 10, hiddenSize: 20, numLayers: 2, seqLen: 5, batch: 3, maxSamples: 20 },
  { name: "medium", inputSize: 128, hiddenSize: 256, numLayers: 2, seqLen: 100, batch: 32, maxSamples: 10 },
  { name: "large", inputSize: 512, hiddenSize: 1024, numLayers: 1, seqLen: 200, batch: 64, maxSamples: 5 },
];
const KINDS: readonly Kind[] = ["LSTM", "GRU", "RNN"];

interface EngineConfig {
  id: string;
  name: KernelName;
  threads: number;
  label: string;
}

const TYPESCRIPT: EngineConfig = { id: "typescript", name: "typescript", threads: 1, label: "engine, TypeScript kernels" };
const ENGINE_CONFIGS: readonly EngineConfig[] = [
  TYPESCRIPT,
  { id: "wasm-simd", name: "wasm-simd", threads: 1, label: "engine, wasm-simd, 1 thread" },
  { id: "wasm-relaxed-simd", name: "wasm-relaxed-simd", threads: 1, label: "engine, wasm-relaxed-simd, 1 thread" },
  { id: "wasm-2t", name: "wasm", threads: 2, label: "engine, wasm (best), 2 threads" },
];

const PEERS = ["onnxruntime", "tfjs", "pytorch"] as const;
type Peer = (typeof PEERS)[number];

const { values: opts } = parseArgs({
  options: {
    sizes: { type: "string" },
    kinds: { type: "string" },
    quick: { type: "boolean", default: false },
    budget: { type: "string" },
    engines: { type: "string" },
    peers: { type: "string" },
    json: { type: "string" },
  },
});

function pick<T>(option: string | undefined, all: readonly T[], key: (t: T) => string, what: string): T[] {
  if (option === undefined) return [...all];
  if (option === "none") return [];
  return option.split(",").map((name) => {
    const found = all.find((t) => key(t).toLowerCase() === name.trim().toLowerCase());
    if (found === undefined) throw new Error(`unknown ${what} ${JSON.stringify(name)}; one of ${all.map(key).join(", ")}`);
    return found;
  });
}

const sizes = pick(opts.sizes ?? (opts.quick ? "tutorial,medium" : undefined), SIZES, (s) => s.name, "size");
const kinds = pick(opts.kinds, KINDS, (k) => k, "kind");
const engineConfigs = pick(opts.engines, ENGINE_CONFIGS, (c) => c.id, "engine configuration");
const peers = pick(opts.peers, PEERS, (p) => p, "peer");
const budgetMs = 1000 * (opts.budget !== undefined ? Number(opts.budget) : opts.quick ? 2 : 8);
const policyFor = (size: Size): TimingPolicy => ({
  maxSamples: opts.quick ? Math.max(2, Math.ceil(size.maxSamples / 4)) : size.maxSamples,
  budgetMs,
  minSampleMs: 50,
});

const progress = (line: string) => process.stderr.write(`${line}\n`);

// ---- engine kernels ---------------------------------------------------------------------------

/** One kernels object per configuration for the whole run, so threads are started once. */
const kernelsByConfig = new Map<string, Kernels>();

/** The configuration's kernels, created on first use, once their worker threads are up. Throws when unavailable. */
async function kernelsFor(config: EngineConfig): Promise<Kernels> {
  let k = kernelsByConfig.get(config.id);
  if (!k) {
    k = createKernels(config.name, { threads: config.threads });
    kernelsByConfig.set(config.id, k);
  }
  await k.ready();
  return k;
}

/** Switches the engine's kernels (a process-wide setting). */
async function selectKernels(config: EngineConfig): Promise<void> {
  useKernels(await kernelsFor(config));
}

// ---- rows -------------------------------------------------------------------------------------

interface Row {
  size: string;
  kind: Kind;
  id: string;
  implementation: string;
  gflop: number;
  timing?: Timing;
  maxDiff?: number;
  skipped?: string;
}

interface Problem extends RecurrentProblem {
  module: { forward(input: Tensor): [Tensor, unknown] };
  inputTensor: Tensor;
}

function makeProblem(size: Size, kind: Kind): Problem {
  torch.manualSeed(0);
  const module = new nn[kind](size.inputSize, size.hiddenSize, size.numLayers);
  const inputTensor = torch.randn(size.seqLen, size.batch, size.inputSize);
  const weights = new Map<string, NamedData>(Object.entries(module.stateDict()).map(([k, t]) => [k, { shape: t.shape, data: t.copyData() }]));
  return { kind, inputSize: size.inputSize, hiddenSize: size.hiddenSize, numLayers: size.numLayers, seqLen: size.seqLen, batch: size.batch, weights, input: inputTensor.copyData(), module, inputTensor };
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
}

/** A row with the implementation that will be timed for it (none when it could not be prepared). */
interface Entry {
  row: Row;
  prepared?: Prepared;
}

/** Prepares one row; an implementation that cannot be prepared gives a skipped row. */
async function entry(row: Row, prepare: () => Promise<Prepared>): Promise<Entry> {
  try {
    return { row, prepared: await prepare() };
  } catch (e) {
    return { row: { ...row, skipped: errorText(e) } };
  }
}

/**
 * The engine with one configuration's kernels, switched to before each of its samples: every
 * configuration has its own kernels object, but the engine computes with the global one.
 */
function engineEntry(config: EngineConfig, p: Problem, row: Row): Promise<Entry> {
  return entry(row, async () => {
    const k = await kernelsFor(config);
    if (config.name === "wasm") row.implementation = `engine, wasm (best: ${k.name})`;
    else if (k.name !== config.name) row.implementation += ` (active: ${k.name})`;
    // The output of the last timed call is compared (no extra call: on `large` the TypeScript
    // kernels take up to a minute per call).
    let last: Tensor | undefined;
    return {
      activate: () => useKernels(k),
      call: () => {
        last = p.module.forward(p.inputTensor)[0];
      },
      output: () => last?.copyData(),
      release: () => undefined,
    };
  });
}

/** Every in-process implementation of the problem, ready to be timed together. */
async function prepareEntries(p: Problem, base: Omit<Row, "id" | "implementation">, available: ReadonlySet<Peer>, notes: Set<string>): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const config of engineConfigs) entries.push(await engineEntry(config, p, { ...base, id: `engine-${config.id}`, implementation: config.label }));
  if (available.has("onnxruntime")) {
    entries.push(await entry({ ...base, id: "onnxruntime-1t", implementation: "onnxruntime, 1 thread" }, () => prepareOnnxruntime(p, 1)));
    entries.push(await entry({ ...base, id: "onnxruntime-2t", implementation: "onnxruntime, 2 threads" }, () => prepareOnnxruntime(p, 2)));
  }
  if (available.has("tfjs")) {
    const implementation = p.kind === "GRU" ? "tfjs wasm (tf ops, reset-after GRU¹)" : "tfjs wasm (tf.layers)";
    entries.push(await entry({ ...base, id: "tfjs-wasm", implementation }, () => prepareTfjs(p)));
    if (p.kind === "GRU") notes.add("¹ tfjs-layers 4.22 rejects `resetAfter: true`, so the tfjs GRU row runs the reset-after GRU cell written with the per-step tf ops a Keras cell uses (matMul, add, sigmoid, tanh, mul).");
  }
  return entries;
}

/** Times the prepared entries interleaved, then frees them; fills in timings, outputs and errors. */
async function measureEntries(entries: readonly Entry[], policy: TimingPolicy): Promise<Map<Row, Float32Array | undefined>> {
  const live = entries.filter((e): e is Required<Entry> => e.prepared !== undefined);
  const outcomes = await measureInterleaved(live.map((e) => e.prepared), policy);
  const outputs = new Map<Row, Float32Array | undefined>();
  for (const [i, e] of live.entries()) {
    const o = outcomes[i];
    if (o?.ok) {
      e.row.timing = o.timing;
      outputs.set(e.row, e.prepared.output());
    } else {
      e.row.skipped = errorText(o?.error);
    }
    await e.prepared.release();
  }
  return outputs;
}

async function benchProblem(size: Size, kind: Kind, available: ReadonlySet<Peer>, notes: Set<string>): Promise<Row[]> {
  const p = makeProblem(size, kind);
  const policy = policyFor(size);
  const rows: Row[] = [];
  let reference: Float32Array | undefined;
  const done = (row: Row, output?: Float32Array) => {
    if (output) {
      reference ??= output;
      row.maxDiff = maxAbsDiff(output, reference);
    }
    rows.push(row);
    const t = row.timing;
    progress(`  ${size.name} ${kind} ${row.implementation}: ${row.skipped !== undefined ? `skipped: ${row.skipped}` : `${t?.medianMs.toFixed(3)} ms (${t?.samples} × ${t?.callsPerSample})`}`);
  };

  const base = { size: size.name, kind, gflop: flops(p) / 1e9 };
  const entries = await prepareEntries(p, base, available, notes);
  progress(`  ${entries.filter((e) => e.prepared).length} in-process rows, interleaved (up to ${policy.maxSamples} samples each, ${budgetMs / 1000} s per row) ...`);
  const outputs = await measureEntries(entries, policy);
  for (const { row } of entries) done(row, outputs.get(row));
  // Back to one thread before PyTorch: the engine's workers must not compete with it.
  if (engineConfigs.length > 0) await selectKernels(TYPESCRIPT);

  if (available.has("pytorch")) {
    const row: Row = { ...base, id: "pytorch", implementation: "PyTorch, 1 thread" };
    try {
      const r = runTorch(p, policy);
      notes.add(`PyTorch: torch.set_num_threads(1) → ${r.threads} thread(s); BLAS_INFO=${r.blasInfo}; BLAS mapped: ${r.blas.join(", ") || "none found"}`);
      row.timing = r.timing;
      done(row, r.output);
    } catch (e) {
      done({ ...row, skipped: errorText(e) });
    }
  }
  return rows;
}

// ---- output -----------------------------------------------------------------------------------

const fmtMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));
const fmtRatio = (x: number | undefined) => (x === undefined ? "" : `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`);
const fmtDiff = (d: number | undefined, isReference: boolean) => (isReference ? "reference" : d === undefined ? "" : d === 0 ? "0" : d.toExponential(1));
const withThousands = (n: number) => n.toLocaleString("en-US");

function table(size: Size, rows: readonly Row[]): string {
  const lines = [
    `### ${size.name}: input ${size.inputSize} → hidden ${size.hiddenSize}, ${size.numLayers} layer${size.numLayers > 1 ? "s" : ""}, seq ${size.seqLen}, batch ${size.batch}`,
    "",
    "| model | implementation | median ms | GFLOP/s | × ORT 1T | × tfjs | × TS kernels | max abs diff | samples |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const kind of kinds) {
    const ofKind = rows.filter((r) => r.kind === kind);
    const time = (id: string) => ofKind.find((r) => r.id === id)?.timing?.medianMs;
    const ort = time("onnxruntime-1t");
    const tfjs = time("tfjs-wasm");
    const ts = time("engine-typescript");
    const reference = ofKind.find((r) => r.maxDiff !== undefined);
    ofKind.forEach((r, i) => {
      const model = i === 0 ? `${kind} (${r.gflop >= 0.1 ? `${r.gflop.toPrecision(3)} GFLOP` : `${(r.gflop * 1000).toPrecision(3)} MFLOP`})` : "";
      if (r.skipped !== undefined || !r.timing) {
        lines.push(`| ${model} | ${r.implementation} | skipped: ${r.skipped ?? "?"} | | | | | | |`);
        return;
      }
      const ms = r.timing.medianMs;
      const ratio = (ref: number | undefined) => (ref === undefined ? undefined : ref / ms);
      const samples = r.timing.callsPerSample > 1 ? `${r.timing.samples} × ${withThousands(r.timing.callsPerSample)}` : `${r.timing.samples}`;
      lines.push(`| ${model} | ${r.implementation} | ${fmtMs(ms)} | ${(r.gflop / (ms / 1000)).toFixed(2)} | ${fmtRatio(ratio(ort))} | ${fmtRatio(ratio(tfjs))} | ${fmtRatio(ratio(ts))} | ${fmtDiff(r.maxDiff, r === reference)} | ${samples} |`);
    });
  }
  return lines.join("\n");
}

// ---- main -------------------------------------------------------------------------------------

/** Installs the wanted peers where needed; returns the ones that run and their descriptions. */
async function availablePeers(): Promise<{ available: Set<Peer>; versions: string[] }> {
  const wanted = new Set<PeerPackage>();
  if (peers.includes("onnxruntime")) wanted.add("onnxruntime-node");
  if (peers.includes("tfjs")) {
    wanted.add("@tensorflow/tfjs");
    wanted.add("@tensorflow/tfjs-backend-wasm");
  }
  const installed = wanted.size > 0 ? ensurePeers([...wanted], progress) : new Set<PeerPackage>();
  const available = new Set<Peer>();
  const versions: string[] = [];
  if (installed.has("onnxruntime-node")) {
    available.add("onnxruntime");
    versions.push(`onnxruntime-node ${ortVersion()} (CPU execution provider; interOpNumThreads 1, sequential, graphOptimizationLevel all)`);
  }
  if (installed.has("@tensorflow/tfjs") && installed.has("@tensorflow/tfjs-backend-wasm")) {
    try {
      versions.push(await tfjsDescription());
      available.add("tfjs");
    } catch (e) {
      progress(`bench peers: tfjs wasm backend failed to start, skipped: ${errorText(e)}`);
    }
  }
  if (peers.includes("pytorch")) {
    const t = findTorch();
    if (t) {
      available.add("pytorch");
      versions.push(`PyTorch ${t.version} (${t.python})`);
    } else {
      progress("bench peers: PyTorch skipped: no python3 with torch (set PYTHON=/path/to/python to pick one)");
    }
  }
  return { available, versions };
}

/** The SIMD multiply-add ceiling at the start and the end of the run (GFLOP/s, one thread). */
interface Calibration {
  features: PeakKernel["features"];
  chains: number;
  startGflops: number;
  endGflops?: number;
}

function calibrationLine(c: Calibration | string): string {
  const what = "128-bit WebAssembly SIMD multiply-add ceiling, 1 thread";
  if (typeof c === "string") return `Calibration (${what}): unavailable: ${c}.`;
  const instruction = c.features === "relaxed-simd" ? "f32x4.relaxed_madd" : "f32x4.mul + f32x4.add (no relaxed SIMD)";
  const start = `Calibration (${what}; ${instruction}, ${c.chains} independent chains, bench/peak/peak.ts): ${c.startGflops.toFixed(1)} GFLOP/s at the start`;
  if (c.endGflops === undefined) return `${start}.`;
  const drift = (100 * (c.endGflops - c.startGflops)) / c.startGflops;
  return `${start}, ${c.endGflops.toFixed(1)} at the end (${drift >= 0 ? "+" : "−"}${Math.abs(drift).toFixed(0)}%) — how much the machine's speed drifted over the run.`;
}

function machineInfo() {
  return {
    cpu: os.cpus()[0]?.model ?? "?",
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    loadAverage: os.loadavg().map((x) => x.toFixed(2)).join(" "),
  };
}

function header(machine: ReturnType<typeof machineInfo>, versions: readonly string[], calibration: Calibration | string): string[] {
  const b = budgetMs / 1000;
  return [
    "## Engine benchmark",
    "",
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.platform}; node ${machine.node} (V8 ${machine.v8}); load average ${machine.loadAverage} at start.`,
    calibrationLine(calibration),
    `Peers: ${versions.length > 0 ? versions.join("; ") : "none"}.`,
    `Timing: median per forward pass. The in-process rows of a model (engine configurations, onnxruntime, tfjs) are measured interleaved, so that drift of the machine's speed moves them alike: each is warmed up, then they take samples in turn (one sample of each row per round) until every row has N samples or rows × ${b} s are spent; a call longer than ${b / 4} s counts as a sample, and a row whose one sample takes longer than ${b} s keeps just that one. Calls shorter than 50 ms are repeated within a sample (samples column: samples × calls). GFLOP/s from 2·T·B·G·H·(I + H) per layer. "× X" = X's time ÷ this row's time (above 1: faster than X); max abs diff: against the first row with an output (the engine with its TypeScript kernels unless excluded).`,
    "",
  ];
}

async function main(): Promise<void> {
  const { available, versions } = await availablePeers();
  const machine = machineInfo();
  // The report is printed at the end, so its header can give the ceiling measured then too;
  // progress goes to stderr meanwhile.
  let peak: PeakKernel | undefined;
  let calibration: Calibration | string;
  try {
    peak = loadPeakKernel();
    calibration = { features: peak.features, chains: peak.chains, startGflops: measureCeiling(peak) };
    progress(calibrationLine(calibration));
  } catch (e) {
    calibration = errorText(e);
  }

  const body: string[] = [];
  const results: Row[] = [];
  const notes = new Set<string>();
  for (const size of sizes) {
    const rows: Row[] = [];
    for (const kind of kinds) {
      progress(`${size.name} ${kind}:`);
      rows.push(...(await benchProblem(size, kind, available, notes)));
    }
    results.push(...rows);
    body.push(table(size, rows), "");
  }
  if (available.has("pytorch")) notes.add("PyTorch runs in its own python process after the in-process rows of each model, so its samples are not interleaved with theirs (bench/peers/torch_bench.py: the same policy, one row, its own budget).");
  body.push(...notes);
  if (peak && typeof calibration !== "string") calibration.endGflops = measureCeiling(peak);
  body.push(`Load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}.`);
  console.log([...header(machine, versions, calibration), ...body].join("\n"));

  if (opts.json) {
    writeFileSync(opts.json, `${JSON.stringify({ machine, calibration, peers: versions, peerPackages: PEER_PACKAGES, budgetMs, results }, null, 2)}\n`);
    progress(`wrote ${opts.json}`);
  }
}

main().then(
  // onnxruntime's thread pools, tfjs and the engine's workers may keep the event loop alive.
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
