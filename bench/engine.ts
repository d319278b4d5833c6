/**
 * `npm run bench:engine`: how fast the engine's recurrent forward pass is, with each kernel
 * configuration, against its own plain-TypeScript kernels and against peers computing the same
 * function with the same weights in the same run: onnxruntime-node (1 and 2 intra-op threads),
 * TensorFlow.js's WebAssembly backend, and PyTorch where a Python with torch is installed. Prints
 * Markdown tables (median ms, GFLOP/s, ratios, each row's max |difference| from the engine's
 * output); asserts nothing.
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
import { flops, type Kind, maxAbsDiff, measure, type NamedData, type RecurrentProblem, type Timing, type TimingPolicy } from "./peers/common";
import { ensurePeers, PEER_PACKAGES, type PeerPackage } from "./peers/install";
import { ortVersion, runOnnxruntime } from "./peers/onnxruntime";
import { findTorch, runTorch } from "./peers/pytorch";
import { runTfjs, tfjsDescription } from "./peers/tfjs";

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

/**
 * Switches the engine's kernels and waits for their worker threads; returns the name of the ones
 * now in use. Throws when unavailable.
 */
async function selectKernels(config: EngineConfig): Promise<string> {
  let k = kernelsByConfig.get(config.id);
  if (!k) {
    k = createKernels(config.name, { threads: config.threads });
    kernelsByConfig.set(config.id, k);
  }
  useKernels(k);
  await k.ready();
  return k.name;
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

async function benchProblem(size: Size, kind: Kind, available: ReadonlySet<Peer>, notes: Set<string>): Promise<Row[]> {
  const p = makeProblem(size, kind);
  const gflop = flops(p) / 1e9;
  const policy = policyFor(size);
  const rows: Row[] = [];
  let reference: Float32Array | undefined;
  const base = { size: size.name, kind, gflop };
  const done = (row: Row, output?: Float32Array) => {
    if (output) {
      reference ??= output;
      row.maxDiff = maxAbsDiff(output, reference);
    }
    rows.push(row);
    const t = row.timing;
    progress(`  ${size.name} ${kind} ${row.implementation}: ${row.skipped !== undefined ? `skipped: ${row.skipped}` : `${t?.medianMs.toFixed(3)} ms (${t?.samples} × ${t?.callsPerSample})`}`);
  };

  for (const config of engineConfigs) {
    const row: Row = { ...base, id: `engine-${config.id}`, implementation: config.label };
    try {
      const active = await selectKernels(config);
      if (config.name === "wasm") row.implementation = `engine, wasm (best: ${active})`;
      else if (active !== config.name) row.implementation += ` (active: ${active})`;
      // The output of the last timed call is compared (no extra call: on `large` the TypeScript
      // kernels take minutes per call).
      let last: Tensor | undefined;
      row.timing = await measure(() => {
        last = p.module.forward(p.inputTensor)[0];
      }, policy);
      done(row, last?.copyData());
    } catch (e) {
      done({ ...row, skipped: errorText(e) });
    }
  }
  // Back to one thread: the engine's workers must not compete with the peers.
  if (engineConfigs.length > 0) await selectKernels(TYPESCRIPT);

  const peer = async (id: string, implementation: string, run: () => Promise<{ timing: Timing; output: Float32Array }>) => {
    const row: Row = { ...base, id, implementation };
    try {
      const r = await run();
      row.timing = r.timing;
      done(row, r.output);
    } catch (e) {
      done({ ...row, skipped: errorText(e) });
    }
  };
  if (available.has("onnxruntime")) {
    await peer("onnxruntime-1t", "onnxruntime, 1 thread", () => runOnnxruntime(p, 1, policy));
    await peer("onnxruntime-2t", "onnxruntime, 2 threads", () => runOnnxruntime(p, 2, policy));
  }
  if (available.has("tfjs")) {
    await peer("tfjs-wasm", kind === "GRU" ? "tfjs wasm (tf ops, reset-after GRU¹)" : "tfjs wasm (tf.layers)", () => runTfjs(p, policy));
    if (kind === "GRU") notes.add("¹ tfjs-layers 4.22 rejects `resetAfter: true`, so the tfjs GRU row runs the reset-after GRU cell written with the per-step tf ops a Keras cell uses (matMul, add, sigmoid, tanh, mul).");
  }
  if (available.has("pytorch")) {
    await peer("pytorch", "PyTorch, 1 thread", async () => {
      const r = runTorch(p, policy);
      notes.add(`PyTorch: torch.set_num_threads(1) → ${r.threads} thread(s); BLAS_INFO=${r.blasInfo}; BLAS mapped: ${r.blas.join(", ") || "none found"}`);
      return r;
    });
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

async function main(): Promise<void> {
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

  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model ?? "?",
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    loadAverage: os.loadavg().map((x) => x.toFixed(2)).join(" "),
  };
  console.log("## Engine benchmark");
  console.log("");
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.platform}; node ${machine.node} (V8 ${machine.v8}); load average ${machine.loadAverage} at start.`);
  console.log(`Peers: ${versions.length > 0 ? versions.join("; ") : "none"}.`);
  console.log(`Timing: median per forward pass; warm-up, then up to N samples or ${budgetMs / 1000} s per row; calls shorter than 50 ms repeated within a sample (samples column: samples × calls). GFLOP/s from 2·T·B·G·H·(I + H) per layer. "× X" = X's time ÷ this row's time (above 1: faster than X); max abs diff: against the first row with an output (the engine with its TypeScript kernels unless excluded).`);
  console.log("");

  const results: Row[] = [];
  const notes = new Set<string>();
  for (const size of sizes) {
    const rows: Row[] = [];
    for (const kind of kinds) {
      progress(`${size.name} ${kind}:`);
      rows.push(...(await benchProblem(size, kind, available, notes)));
    }
    results.push(...rows);
    console.log(table(size, rows));
    console.log("");
  }
  for (const note of notes) console.log(note);
  console.log(`Load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}.`);

  if (opts.json) {
    writeFileSync(opts.json, `${JSON.stringify({ machine, peers: versions, peerPackages: PEER_PACKAGES, budgetMs, results }, null, 2)}\n`);
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
