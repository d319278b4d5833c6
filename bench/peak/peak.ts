// AssemblyScript, not TypeScript (v128, f32x4, i32 come from AssemblyScript's standard library),
// so tsconfig.json excludes this file. Compiled at bench time by ./ceiling.ts (through
// ./compile.mjs), never imported by TypeScript.
//
// The machine's 128-bit WebAssembly SIMD multiply-add ceiling: CHAINS independent multiply-add
// chains, so the loop is bound by the multiply-add units' throughput, not by one chain's latency
// (4-cycle FMA latency × 2 ports needs at least 8 chains in flight; 10 plus the two operands still
// fit in the 16 xmm registers of x64). Nothing is read from or written to memory.

const CHAINS = 10;

// One fused instruction with relaxed SIMD where the machine has FMA; otherwise a multiply and an
// add, as the engine's plain-SIMD kernels compute.
@inline function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}

/** Runs `iterations` rounds of CHAINS multiply-adds (a = a·scale + offset); returns a lane sum so nothing is dead code. */
export function run(iterations: i32, scale: f32, offset: f32): f32 {
  // Operands come in as arguments so the optimizer cannot fold the chains away.
  const b = f32x4.splat(scale);
  const c = f32x4.splat(offset);
  let a0 = f32x4.splat(1.0);
  let a1 = f32x4.splat(1.1);
  let a2 = f32x4.splat(1.2);
  let a3 = f32x4.splat(1.3);
  let a4 = f32x4.splat(1.4);
  let a5 = f32x4.splat(1.5);
  let a6 = f32x4.splat(1.6);
  let a7 = f32x4.splat(1.7);
  let a8 = f32x4.splat(1.8);
  let a9 = f32x4.splat(1.9);
  for (let i = 0; i < iterations; i++) {
    a0 = madd(a0, b, c);
    a1 = madd(a1, b, c);
    a2 = madd(a2, b, c);
    a3 = madd(a3, b, c);
    a4 = madd(a4, b, c);
    a5 = madd(a5, b, c);
    a6 = madd(a6, b, c);
    a7 = madd(a7, b, c);
    a8 = madd(a8, b, c);
    a9 = madd(a9, b, c);
  }
  const s = f32x4.add(
    f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(a4, a5)),
    f32x4.add(f32x4.add(a6, a7), f32x4.add(a8, a9)),
  );
  return f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1) + f32x4.extract_lane(s, 2) + f32x4.extract_lane(s, 3);
}

/** Multiply-add chains per iteration, for the host's GFLOP/s (one source of truth). */
export function chains(): i32 {
  return CHAINS;
}
