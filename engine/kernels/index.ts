/**
 * Which kernels the engine computes with. By default the fastest this runtime runs: WebAssembly
 * with relaxed SIMD, then plain SIMD, then the TypeScript kernels. The environment variables
 * RNNLENS_KERNELS (auto | wasm | wasm-simd | wasm-relaxed-simd | typescript) and RNNLENS_THREADS
 * (threads for big layers, the calling one included) choose otherwise; so do useKernels (the
 * language server's `rnnlens.engine.kernels` setting and the tests, which run the engine's
 * suites once per implementation).
 */
import { typescriptKernels } from "./typescript-kernels";
import type { Kernels } from "./types";
import { WasmKernels } from "./wasm/wasm-kernels";
import { bestWasmVariant, wasmModule, type WasmVariant } from "./wasm/wasm-module";
import { platform } from "../platform";

export type KernelName = "auto" | "typescript" | "wasm" | WasmVariant;
export const KERNEL_NAMES: readonly KernelName[] = ["auto", "typescript", "wasm", "wasm-simd", "wasm-relaxed-simd"];

export interface KernelOptions {
  /** Threads for big layers, the calling thread included (default: up to 2, as cores allow). */
  readonly threads?: number;
}

let active: Kernels | null = null;

function defaultThreads(): number {
  const fromEnv = Number(platform.env("RNNLENS_THREADS"));
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return fromEnv;
  return Math.min(2, platform.defaultMaxThreads());
}

/** Creates the kernels of that name; throws when this runtime cannot run them. */
export function createKernels(name: KernelName, options: KernelOptions = {}): Kernels {
  if (name === "typescript") return typescriptKernels;
  const variant = name === "auto" || name === "wasm" ? bestWasmVariant() : name;
  if (variant === null) {
    if (name === "auto") return typescriptKernels;
    throw new Error("RNN Lens engine: this runtime has no WebAssembly SIMD; use the typescript kernels");
  }
  const mod = wasmModule(variant);
  if (!mod) {
    const hint = variant === "wasm-relaxed-simd" ? " (Node 20 needs --experimental-wasm-relaxed-simd)" : "";
    throw new Error(`RNN Lens engine: this runtime cannot run the ${variant} kernels${hint}`);
  }
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads()));
  return new WasmKernels(variant, mod, threads);
}

function isKernelName(s: string): s is KernelName {
  return (KERNEL_NAMES as readonly string[]).includes(s);
}

/** The kernels in use; chosen on first use from RNNLENS_KERNELS (default auto). */
export function kernels(): Kernels {
  if (!active) {
    const fromEnv = platform.env("RNNLENS_KERNELS") ?? "auto";
    if (!isKernelName(fromEnv)) throw new Error(`RNNLENS_KERNELS must be one of ${KERNEL_NAMES.join(", ")}; got "${fromEnv}"`);
    active = createKernels(fromEnv);
  }
  return active;
}

/**
 * Switches kernels, by name or as an object; returns the ones now in use. Kernels switched away
 * from stay usable (their idle worker threads sleep and never keep the process alive).
 */
export function useKernels(choice: Kernels | KernelName, options: KernelOptions = {}): Kernels {
  const next = typeof choice === "string" ? createKernels(choice, options) : choice;
  active = next;
  return next;
}

export { WasmKernels };
export type { Kernels, LayerWeights, RecurrentKind, SequenceJob, SequenceResult } from "./types";
