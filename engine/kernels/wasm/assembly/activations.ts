// Four-lane exp, sigmoid and tanh for the gate math. Math.exp and Math.tanh in JavaScript cost
// 10–22 ns each and dominated the run time of the plain kernels; these stay within a few float32
// ulps of the exact functions, far inside the 1e-5 the results are held to.
//
// Their constants are read from a table in memory (one broadcast load each) rather than written
// as v128 constants: V8 rebuilds every v128 constant inside the loop from general registers,
// which made the constants cost more than the arithmetic.
import { madd } from "./simd";

/** Address of the constant table; below the arena the JavaScript side hands out. */
export const CONSTANTS: usize = 512;

const LO = 0; // exp's input range
const HI = 1;
const LOG2E = 2;
const ROUNDING_BIAS = 3; // 1.5 · 2^23: adding it rounds to an integer kept in the low mantissa bits
const LN2_HI = 4;
const LN2_LO = 5;
const P0 = 6; // e^r − 1 − r = r² · (P5 + r·(P4 + ... + r·P0))
const P1 = 7;
const P2 = 8;
const P3 = 9;
const P4 = 10;
const P5 = 11;
const ONE = 12;
const TWO = 13;
const SIGN = 14; // the sign bit
const EXPONENT_BIAS = 15; // 127, as an integer

/** Writes the table; the JavaScript side calls it once after instantiating. */
export function initConstants(): void {
  store<f32>(CONSTANTS + (LO << 2), -87.3);
  store<f32>(CONSTANTS + (HI << 2), 88.3);
  store<f32>(CONSTANTS + (LOG2E << 2), 1.44269504088896341);
  store<f32>(CONSTANTS + (ROUNDING_BIAS << 2), 12582912.0);
  store<f32>(CONSTANTS + (LN2_HI << 2), -0.693359375);
  store<f32>(CONSTANTS + (LN2_LO << 2), 2.12194440e-4);
  store<f32>(CONSTANTS + (P0 << 2), 1.9875691500e-4);
  store<f32>(CONSTANTS + (P1 << 2), 1.3981999507e-3);
  store<f32>(CONSTANTS + (P2 << 2), 8.3334519073e-3);
  store<f32>(CONSTANTS + (P3 << 2), 4.1665795894e-2);
  store<f32>(CONSTANTS + (P4 << 2), 1.6666665459e-1);
  store<f32>(CONSTANTS + (P5 << 2), 5.0000001201e-1);
  store<f32>(CONSTANTS + (ONE << 2), 1);
  store<f32>(CONSTANTS + (TWO << 2), 2);
  store<u32>(CONSTANTS + (SIGN << 2), 0x80000000);
  store<i32>(CONSTANTS + (EXPONENT_BIAS << 2), 127);
}

@inline function k(index: i32): v128 {
  return v128.load32_splat(CONSTANTS + (<usize>index << 2));
}

// exp(x) = 2^n · e^r with n = round(x / ln 2) and |r| ≤ ln 2 / 2; e^r by a degree-5 minimax
// polynomial (relative error about 1e-7 on that interval), 2^n built in the exponent bits.
// pmin/pmax are single instructions where min/max must also order NaNs and signed zeros.
@inline export function exp4(x: v128): v128 {
  x = f32x4.pmin(f32x4.pmax(x, k(LO)), k(HI));
  const shifted = madd(x, k(LOG2E), k(ROUNDING_BIAS));
  const n = f32x4.sub(shifted, k(ROUNDING_BIAS));
  // r = x − n·ln2 in two parts, so r keeps its low bits
  let r = madd(n, k(LN2_HI), x);
  r = madd(n, k(LN2_LO), r);
  let p = madd(k(P0), r, k(P1));
  p = madd(p, r, k(P2));
  p = madd(p, r, k(P3));
  p = madd(p, r, k(P4));
  p = madd(p, r, k(P5));
  const r2 = f32x4.mul(r, r);
  const e = f32x4.add(madd(p, r2, r), k(ONE));
  // the low bits of `shifted` hold n; (n + 127) << 23 is 2^n (the rounding bias shifts out)
  const scale = i32x4.shl(i32x4.add(shifted, k(EXPONENT_BIAS)), 23);
  return f32x4.mul(e, scale);
}

@inline export function sigmoid4(x: v128): v128 {
  const one = k(ONE);
  return f32x4.div(one, f32x4.add(one, exp4(f32x4.neg(x))));
}

// tanh(x) = sign(x) · (1 − 2 / (e^{2|x|} + 1)): no overflow, absolute error near 1e-7 at small |x|.
@inline export function tanh4(x: v128): v128 {
  const ax = f32x4.abs(x);
  const one = k(ONE);
  const t = f32x4.sub(one, f32x4.div(k(TWO), f32x4.add(exp4(f32x4.add(ax, ax)), one)));
  return v128.or(t, v128.and(x, k(SIGN)));
}

/** 1 in four lanes, for the gate math around the activations. */
@inline export function ones(): v128 {
  return k(ONE);
}
