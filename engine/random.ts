/**
 * PyTorch's CPU random numbers, bit for bit (PyTorch 1.13.1, float32 tensors).
 *
 * `manualSeed(0)` then `normal(new Float32Array(3), 0, 1)` gives 1.5410, -0.2934, -2.1788 like
 * `torch.manual_seed(0); torch.randn(3)`. Checked against Debian's python3-torch 1.13.1 (x86-64,
 * CPU capability AVX2) by test/engine/random.test.ts with goldens from tools/torch-random-goldens.py.
 *
 * What PyTorch does, and so what this file copies:
 * - The engine is a 32-bit mt19937 seeded with the low 32 bits of the 64-bit seed.
 * - `uniform_(from, to)` on float: one 32-bit draw per value, its low 24 bits times 2^-24, then
 *   `x * (to - from) + from` in float32, which GCC compiled as one fused multiply-add.
 * - `normal_` on a float tensor of 16 values or more: all values first filled with 24-bit uniforms,
 *   then Box-Muller on blocks of 16 (8 log/sqrt on the first half, 8 sincos on the second), the
 *   ragged tail handled by drawing 16 fresh uniforms over the last 16 values. The log and sincos
 *   are avx_mathfun.h's float polynomials, and GCC fused many of their mul/add pairs into FMAs;
 *   the sequence below is the one in the shipped binary's AVX2 kernel (the kernel PyTorch uses on
 *   any x86-64 CPU with AVX2, AVX-512 ones included; on CPUs without AVX2 PyTorch itself falls back
 *   to a scalar kernel with libm's logf/cosf and no fusion, whose last bits differ).
 * - `normal_` below 16 values: Box-Muller in doubles from two 53-bit uniforms, keeping the sine
 *   half for the next call (the generator's cached normal sample), then cast to float.
 * - `bernoulli_(p)` (what dropout uses on CPU): one 53-bit double uniform per value, `u < p`.
 *   (Builds with MKL use VSL instead; Debian's and this one do not.)
 */

/** PyTorch's seed for a new CPU `torch.Generator()` (default_rng_seed_val); ours for the default generator too. */
export const DEFAULT_SEED = 67280421310721n;

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

const TWO_POW_M24 = 2 ** -24;
const TWO_POW_M53 = 2 ** -53;
const TWO_POW_32 = 2 ** 32;
const FLOAT_MAX = 3.4028234663852886e38;

// ---------------------------------------------------------------------------------------------
// float32 helpers

const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

function floatBits(x: number): number {
  f32[0] = x;
  return i32[0] as number;
}

function bitsFloat(bits: number): number {
  i32[0] = bits;
  return f32[0] as number;
}

/**
 * fmaf(a, b, c) for float32 a, b, c: a * b + c rounded once to float32, as the vfmadd
 * instructions do. The product of two floats is exact in a double; the sum with c is rounded
 * to double first, which only differs from a single rounding when that double lands exactly
 * halfway between two floats while the true sum does not, so that case is settled by the
 * rounding error of the double sum.
 */
function fmaf(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const r = Math.fround(s);
  const g = 2 * s - r; // the other float neighbour of s when s is a halfway point
  if (r === s || Math.fround(g) !== g) return r;
  const v = s - p;
  const err = p - (s - v) + (c - v); // s + err === p + c exactly (TwoSum)
  if (err === 0) return r;
  return err > 0 === r > s ? r : g;
}

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter

/**
 * fma(a, b, c) in doubles (the <16-value normal path computes `ret * std + mean` with vfmadd132sd).
 * Error-free product and sum, then one final addition: correctly rounded except in
 * double-rounding corner cases that the later cast to float32 makes irrelevant in practice.
 */
function fmaDouble(a: number, b: number, c: number): number {
  if (b === 1 || c === 0) return a * b + c; // the common cases, where no fusion is visible
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pe = ah * bh - p + ah * bl + al * bh + al * bl; // p + pe === a * b
  const s = p + c;
  const v = s - p;
  const se = p - (s - v) + (c - v); // s + se === p + c
  return s + (se + pe);
}

// ---------------------------------------------------------------------------------------------
// avx_mathfun.h constants, as float32 (the values in the binary)

const F = Math.fround;
const SQRTHF = F(0.707106781186547524);
const LOG_P = [
  F(7.0376836292e-2),
  F(-1.151461031e-1),
  F(1.167699874e-1),
  F(-1.2420140846e-1),
  F(1.4249322787e-1),
  F(-1.6668057665e-1),
  F(2.0000714765e-1),
  F(-2.4999993993e-1),
  F(3.3333331174e-1),
] as const;
const LOG_Q1 = F(-2.12194440e-4);
const LOG_Q2 = F(0.693359375);
const MINUS_DP1 = F(-0.78515625);
const MINUS_DP2 = F(-2.4187564849853515625e-4);
const MINUS_DP3 = F(-3.77489497744594108e-8);
const SINCOF_P0 = F(-1.9515295891e-4);
const SINCOF_P1 = F(8.3321608736e-3);
const SINCOF_P2 = F(-1.6666654611e-1);
const COSCOF_P0 = F(2.443315711809948e-5);
const COSCOF_P1 = F(-1.388731625493765e-3);
const COSCOF_P2 = F(4.166664568298827e-2);
const FOPI = F(1.27323954473516); // 4 / pi
const TWO_PI_F = F(2 * Math.PI); // _mm256_set1_ps(2.0f * c10::pi<double>)

/** log256_ps for one lane, x in (0, 1] (u1 = 1 - uniform, so never <= 0 or denormal). */
function logAvx(x0: number): number {
  const bits = floatBits(x0);
  let e = F((bits >>> 23) - 127 + 1); // exponent, as cvtepi32_ps then + 1
  let x = bitsFloat((bits & ~0x7f800000) | 0x3f000000); // mantissa in [0.5, 1)
  const below = x < SQRTHF;
  const tmp = below ? x : 0;
  if (below) e = F(e - 1);
  x = F(tmp + F(x - 1));
  let y = LOG_P[0];
  for (let k = 1; k <= 8; k++) y = fmaf(y, x, LOG_P[k] as number);
  const z = F(x * x);
  y = F(x * y);
  y = fmaf(y, z, F(e * LOG_Q1)); // y * z + e * q1, fused
  y = fmaf(-z, 0.5, y); // y - z * 0.5, fused
  x = F(x + y);
  return fmaf(e, LOG_Q2, x); // x + e * q2, fused
}

// sincos256_ps for one lane, theta in [0, 2pi): results left in these two slots.
let sinOut = 0;
let cosOut = 0;

function sincosAvx(theta: number): void {
  const ax = Math.abs(theta);
  const signSin = theta < 0; // the sign bit of theta (never -0 here: theta = 2pi * u, u >= 0)
  let j = Math.trunc(F(ax * FOPI)); // cvttps2dq
  j = (j + 1) & ~1;
  const y = j; // cvtepi32_ps (small integer, exact)
  const swapSin = (j & 4) !== 0;
  const polyMask = (j & 2) === 0;
  const flipCos = ((j - 2) & 4) === 0; // andnot(j - 2, 4)
  // Extended precision modular arithmetic, each step one FMA: x = ((x - y*DP1) - y*DP2) - y*DP3
  let x = fmaf(y, MINUS_DP1, ax);
  x = fmaf(y, MINUS_DP2, x);
  x = fmaf(y, MINUS_DP3, x);
  const z = F(x * x);
  // cosine polynomial (0 <= x <= pi/4)
  let yc = fmaf(COSCOF_P0, z, COSCOF_P1);
  yc = fmaf(yc, z, COSCOF_P2);
  yc = F(z * yc);
  yc = fmaf(yc, z, -F(z * 0.5)); // y * z - z * 0.5, fused
  yc = F(yc + 1);
  // sine polynomial
  let ys = fmaf(SINCOF_P0, z, SINCOF_P1);
  ys = fmaf(z, ys, SINCOF_P2);
  ys = fmaf(F(z * ys), x, x);
  // select with the and/andnot/sub/add sequence of the original (keeps its signed zeros)
  const ysin2 = polyMask ? ys : 0;
  const ysin1 = polyMask ? 0 : yc;
  const s = F(ysin2 + ysin1);
  const c = F(F(ys - ysin2) + F(yc - ysin1));
  sinOut = signSin !== swapSin ? -s : s;
  cosOut = flipCos ? -c : c;
}

/** normal_fill_16_AVX2: data[o..o+16) holds uniforms in [0, 1); replaced by normals. */
function normalFill16(data: Float32Array, o: number, mean: number, std: number): void {
  for (let k = 0; k < 8; k++) {
    const u1 = F(1 - (data[o + k] as number));
    const u2 = data[o + k + 8] as number;
    const radius = F(Math.sqrt(F(logAvx(u1) * -2)));
    sincosAvx(F(TWO_PI_F * u2));
    data[o + k] = fmaf(F(radius * cosOut), std, mean);
    data[o + k + 8] = fmaf(F(radius * sinOut), std, mean);
  }
}

// ---------------------------------------------------------------------------------------------

/** Converts a seed the way `torch.manual_seed` does: Python int(), then to uint64. */
function toSeed(seed: number | bigint): bigint {
  let s: bigint;
  if (typeof seed === "bigint") s = seed;
  else {
    if (!Number.isFinite(seed)) throw new RangeError(`cannot convert float ${seed} to integer`);
    s = BigInt(Math.trunc(seed));
  }
  if (s < -(2n ** 63n) || s >= 2n ** 64n) throw new RangeError("Overflow when unpacking long");
  return BigInt.asUintN(64, s);
}

/** A CPU random generator with PyTorch's algorithms (`torch.Generator()` on CPU). */
export class Generator {
  private readonly state = new Int32Array(N);
  private index = N;
  private seed = 0n;
  /** The cached second Box-Muller sample of the <16-value normal path (PyTorch's next_double_normal_sample). */
  private nextNormal: number | null = null;

  constructor(seed: number | bigint = DEFAULT_SEED) {
    this.manualSeed(seed);
  }

  /** Reseeds like `generator.manual_seed(seed)`; also drops the cached normal sample. */
  manualSeed(seed: number | bigint): this {
    this.seed = toSeed(seed);
    // mt19937 init_genrand on the low 32 bits of the seed
    const mt = this.state;
    mt[0] = Number(this.seed & 0xffffffffn) | 0;
    for (let j = 1; j < N; j++) {
      const prev = mt[j - 1] as number;
      mt[j] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + j) | 0;
    }
    this.index = N;
    this.nextNormal = null;
    return this;
  }

  /** The seed last given (uint64), like `generator.initial_seed()`. */
  initialSeed(): bigint {
    return this.seed;
  }

  private twist(): void {
    const mt = this.state;
    let k = 0;
    for (; k < N - M; k++) {
      const y = ((mt[k] as number) & UPPER_MASK) | ((mt[k + 1] as number) & LOWER_MASK);
      mt[k] = (mt[k + M] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; k < N - 1; k++) {
      const y = ((mt[k] as number) & UPPER_MASK) | ((mt[k + 1] as number) & LOWER_MASK);
      mt[k] = (mt[k + M - N] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = ((mt[N - 1] as number) & UPPER_MASK) | ((mt[0] as number) & LOWER_MASK);
    mt[N - 1] = (mt[M - 1] as number) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  /** The next 32-bit output of the mt19937 engine (`generator->random()`), as an unsigned number. */
  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.state[this.index++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float32 uniform in [0, 1) from 24 bits of one draw (uniform_real_distribution<float>(0, 1)). */
  private nextFloat24(): number {
    return (this.nextUint32() & 0xffffff) * TWO_POW_M24;
  }

  /** A double uniform in [0, 1) from 53 bits of random64() (the first draw is the high word). */
  private nextDouble53(): number {
    const hi = this.nextUint32() & 0x1fffff;
    const lo = this.nextUint32();
    return (hi * TWO_POW_32 + lo) * TWO_POW_M53;
  }

  /** One sample of at::normal_distribution<double>(mean, std), before the cast to float. */
  private normalDouble(mean: number, std: number): number {
    const cached = this.nextNormal;
    if (cached !== null) {
      this.nextNormal = null;
      return fmaDouble(cached, std, mean);
    }
    const u1 = this.nextDouble53();
    const u2 = this.nextDouble53();
    const r = Math.sqrt(-2 * Math.log(1 - u2));
    const theta = 2 * Math.PI * u1;
    this.nextNormal = r * Math.sin(theta);
    return fmaDouble(Math.cos(theta) * r, std, mean);
  }

  /** `tensor.uniform_(from, to)` on a float32 tensor, in order of `out`. */
  uniform(out: Float32Array, from = 0, to = 1): Float32Array {
    if (!(from <= to)) throw new RangeError(`uniform_ expects to return a [from, to) range, but found from=${from} > to=${to}`);
    if (to - from > FLOAT_MAX) {
      throw new RangeError(
        `uniform_ expects to-from <= std::numeric_limits<Float>::max(), but found to=${to} and from=${from} which result in to-from to exceed the limit`,
      );
    }
    const lo = F(from);
    const range = F(F(to) - lo); // (to - from) in float
    for (let i = 0; i < out.length; i++) out[i] = fmaf(this.nextFloat24(), range, lo);
    return out;
  }

  /** `tensor.normal_(mean, std)` (and `torch.randn` with mean 0, std 1) on a contiguous float32 tensor. */
  normal(out: Float32Array, mean = 0, std = 1): Float32Array {
    if (!(std >= 0)) throw new RangeError(`normal expects std >= 0.0, but found std ${std}`);
    const n = out.length;
    if (n < 16) {
      for (let i = 0; i < n; i++) out[i] = this.normalDouble(mean, std);
      return out;
    }
    const meanF = F(mean);
    const stdF = F(std);
    for (let i = 0; i < n; i++) out[i] = this.nextFloat24();
    for (let i = 0; i + 16 <= n; i += 16) normalFill16(out, i, meanF, stdF);
    if (n % 16 !== 0) {
      // PyTorch recomputes the last 16 values from 16 fresh uniforms.
      for (let i = n - 16; i < n; i++) out[i] = this.nextFloat24();
      normalFill16(out, n - 16, meanF, stdF);
    }
    return out;
  }

  /** `tensor.bernoulli_(p)` on a float32 tensor: 1 with probability p, else 0 (dropout's mask is bernoulli_(1 - p)). */
  bernoulli(out: Float32Array, p = 0.5): Float32Array {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`bernoulli_ expects p to be in [0, 1], but got p=${p}`);
    for (let i = 0; i < out.length; i++) out[i] = this.nextDouble53() < p ? 1 : 0;
    return out;
  }
}

/**
 * The generator behind `torch.manual_seed` and every random call given no generator.
 * Seeded with 67280421310721 (the seed of a new `torch.Generator()`) so that runs are repeatable;
 * real PyTorch seeds its default CPU generator from /dev/urandom at start-up, so its unseeded
 * numbers differ from run to run and no seed could match them.
 */
export const defaultGenerator = new Generator(DEFAULT_SEED);

/** `torch.manual_seed(seed)`: reseeds the default generator and returns it. */
export function manualSeed(seed: number | bigint): Generator {
  return defaultGenerator.manualSeed(seed);
}
