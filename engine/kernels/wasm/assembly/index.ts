// The WebAssembly kernels of the engine (AssemblyScript). Built twice by scripts/build-wasm.mjs:
// with plain SIMD, and with relaxed SIMD for runtimes that have it (fused multiply-add).
export { gemmPanels, packPanels } from "./gemm";
export { runLayer } from "./layer";
export { activate } from "./activate";
export { initConstants } from "./activations";
