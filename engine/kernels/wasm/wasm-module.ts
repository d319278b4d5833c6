/// <reference path="./webassembly.d.ts" />
/**
 * Finds which WebAssembly kernels this runtime can run and compiles them once: the relaxed-SIMD
 * build where relaxed SIMD validates (Node 22+, VS Code's runtime; Node 20 with
 * --experimental-wasm-relaxed-simd), else the plain SIMD build, else none (the TypeScript kernels
 * take over). Threads need shared memory, which both builds declare.
 */
import { relaxedSimdKernelsBase64, simdKernelsBase64 } from "./binaries.generated";

export type WasmVariant = "wasm-simd" | "wasm-relaxed-simd";

/** The functions assembly/index.ts exports (pointers are byte offsets into the memory). */
export interface KernelExports {
  gemmPanels(m: number, k: number, a: number, lda: number, w: number, p0: number, p1: number, bias: number, c: number, ldc: number): void;
  packPanels(src: number, gates: number, h: number, k: number, dst: number): void;
  /** Runs thread `tid`'s share of the layer at `job`; returns the units of work it took. */
  runLayer(job: number, tid: number): number;
  activate(fn: number, src: number, dst: number, n: number): void;
  initConstants(): void;
}

const bytes: Record<WasmVariant, string> = {
  "wasm-simd": simdKernelsBase64,
  "wasm-relaxed-simd": relaxedSimdKernelsBase64,
};

const compiled = new Map<WasmVariant, WebAssembly.Module | null>();

function decode(base64: string): Uint8Array {
  // atob, not Buffer: the same code runs in browsers.
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** The compiled module of a variant, or null where this runtime cannot run it. */
export function wasmModule(variant: WasmVariant): WebAssembly.Module | null {
  if (compiled.has(variant)) return compiled.get(variant) ?? null;
  let mod: WebAssembly.Module | null = null;
  try {
    const code = decode(bytes[variant]);
    if (typeof SharedArrayBuffer === "function" && WebAssembly.validate(code)) mod = new WebAssembly.Module(code);
  } catch {
    mod = null;
  }
  compiled.set(variant, mod);
  return mod;
}

/** The best variant this runtime runs, or null. */
export function bestWasmVariant(): WasmVariant | null {
  if (wasmModule("wasm-relaxed-simd")) return "wasm-relaxed-simd";
  if (wasmModule("wasm-simd")) return "wasm-simd";
  return null;
}

export function instantiate(mod: WebAssembly.Module, memory: WebAssembly.Memory): KernelExports {
  const instance = new WebAssembly.Instance(mod, { env: { memory } });
  return instance.exports as unknown as KernelExports;
}
