/**
 * The calibration line of `npm run bench:engine`: this machine's 128-bit WebAssembly SIMD
 * multiply-add ceiling on one thread, from ./peak.ts (AssemblyScript, compiled at bench time by
 * ./compile.mjs with the project's own `assemblyscript`). Measured at the start and the end of a run, it shows
 * readers how much the machine's speed drifted meanwhile (shared hosts, frequency scaling).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const COMPILER = join(__dirname, "compile.mjs");

export interface PeakKernel {
  /** "relaxed-simd" (fused multiply-add where the machine has it) or "simd" (multiply, then add) */
  features: "relaxed-simd" | "simd";
  /** Independent multiply-add chains per iteration of the kernel's loop. */
  chains: number;
  run(iterations: number, scale: number, offset: number): number;
}

/** Compiles peak.ts with ./compile.mjs in a plain node process; throws with asc's message. */
function compile(features: readonly string[]): Uint8Array {
  const r = spawnSync(process.execPath, [COMPILER, features.join(",")], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error((r.stderr || String(r.error)).trim().split("\n")[0] ?? "asc failed");
  return Buffer.from(r.stdout, "base64");
}

function instantiate(bytes: Uint8Array, features: PeakKernel["features"]): PeakKernel {
  const abort = () => {
    throw new Error("peak.ts aborted");
  };
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { abort } });
  const run = exports.run as PeakKernel["run"];
  const chains = (exports.chains as () => number)();
  return { features, chains, run };
}

/**
 * The relaxed-SIMD build where both asc and this runtime take it (node needs
 * --experimental-wasm-relaxed-simd before V8 12), otherwise plain SIMD.
 */
export function loadPeakKernel(): PeakKernel {
  try {
    const relaxed = compile(["simd", "relaxed-simd"]);
    if (WebAssembly.validate(relaxed)) return instantiate(relaxed, "relaxed-simd");
  } catch {
    // fall through to plain SIMD
  }
  return instantiate(compile(["simd"]), "simd");
}

/** a ← a·SCALE + OFFSET converges to 1, far from overflow and denormals. */
const SCALE = 0.9999;
const OFFSET = 1e-4;

function timeRun(kernel: PeakKernel, iterations: number): number {
  const t0 = performance.now();
  kernel.run(iterations, SCALE, OFFSET);
  return performance.now() - t0;
}

/**
 * GFLOP/s = chains × 4 lanes × 2 (multiply and add) × iterations ÷ time: the best of several runs of
 * about 40 ms, since a ceiling is what the machine reaches, not what it averages.
 */
export function measureCeiling(kernel: PeakKernel, runs = 7, runMs = 40): number {
  // V8 runs a wasm function in its baseline tier first and tiers it up for later calls (there is
  // no on-stack replacement for wasm), so warm up with short calls before sizing the runs.
  let iterations = 10_000;
  let ms = 0;
  const w0 = performance.now();
  while (performance.now() - w0 < 100 || ms < 1) {
    ms = timeRun(kernel, iterations);
    if (ms < 1) iterations *= 2;
  }
  iterations = Math.max(1, Math.round((iterations * runMs) / ms));
  let best = 0;
  for (let r = 0; r < runs; r++) best = Math.max(best, (kernel.chains * 4 * 2 * iterations) / (timeRun(kernel, iterations) * 1e6));
  return best;
}
