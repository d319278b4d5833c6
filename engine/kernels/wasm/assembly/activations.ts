// Four-lane exp, sigmoid and tanh for the gate math. Math.exp and Math.tanh in JavaScript cost
// 10–22 ns each and dominated the run time of the plain kernels; these stay within a few float32
// ulps of the exact functions, far inside the 1e-5 the results are held to.
import { madd } from "./simd";

// exp(x) = 2^n · e^r with n = round(x / ln 2) and |r| ≤ ln 2 / 2; e^r by a degree-5 minimax
// polynomial (relative error about 1e-7 on that interval), 2^n built in the exponent bits.
// n is rounded by adding 1.5 · 2^23, which leaves n in the low mantissa bits: cheaper than
// WebAssembly's nearest and saturating conversion. pmin/pmax are single instructions where
// min/max must also order NaNs and signed zeros.
const ROUNDING_BIAS: f32 = 12582912.0; // 1.5 · 2^23

@inline export function exp4(x: v128): v128 {
  x = f32x4.pmin(f32x4.pmax(x, f32x4.splat(-87.3)), f32x4.splat(88.3));
  const shifted = madd(x, f32x4.splat(1.44269504088896341), f32x4.splat(ROUNDING_BIAS));
  const n = f32x4.sub(shifted, f32x4.splat(ROUNDING_BIAS));
  // r = x − n·ln2 in two parts, so r keeps its low bits
  let r = madd(n, f32x4.splat(-0.693359375), x);
  r = madd(n, f32x4.splat(2.12194440e-4), r);
  let p = f32x4.splat(1.9875691500e-4);
  p = madd(p, r, f32x4.splat(1.3981999507e-3));
  p = madd(p, r, f32x4.splat(8.3334519073e-3));
  p = madd(p, r, f32x4.splat(4.1665795894e-2));
  p = madd(p, r, f32x4.splat(1.6666665459e-1));
  p = madd(p, r, f32x4.splat(5.0000001201e-1));
  const r2 = f32x4.mul(r, r);
  const e = f32x4.add(madd(p, r2, r), f32x4.splat(1));
  // the low bits of `shifted` hold n; (n + 127) << 23 is 2^n (the bias bits shift out)
  const scale = i32x4.shl(i32x4.add(shifted, i32x4.splat(127)), 23);
  return f32x4.mul(e, scale);
}

@inline export function sigmoid4(x: v128): v128 {
  const one = f32x4.splat(1);
  return f32x4.div(one, f32x4.add(one, exp4(f32x4.neg(x))));
}

// tanh(x) = sign(x) · (1 − 2 / (e^{2|x|} + 1)): no overflow, absolute error near 1e-7 at small |x|.
@inline export function tanh4(x: v128): v128 {
  const ax = f32x4.abs(x);
  const one = f32x4.splat(1);
  const t = f32x4.sub(one, f32x4.div(f32x4.splat(2), f32x4.add(exp4(f32x4.add(ax, ax)), one)));
  // copy the sign bit of x onto t
  const sign = v128.and(x, i32x4.splat(0x80000000));
  return v128.or(t, sign);
}
