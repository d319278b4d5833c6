/**
 * The reference kernels in plain TypeScript, and the fallback where WebAssembly SIMD is missing.
 * Sums accumulate in float64 and are stored as float32, which keeps results within PyTorch's
 * float32 rounding of the exact value.
 */
import { allocFloat32 } from "../storage";
import { gatesOf, stateWidth, type Kernels, type SequenceJob, type SequenceResult } from "./types";

/** Input projections are computed this many floats at a time, so memory stays bounded. */
const PROJECTION_FLOATS = 1 << 19;

function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

/**
 * C = A·Bᵀ: C[i,j] = Σ_k A[i,k]·B[j,k] for i < m, j < n, k < k. B is stored n×k, as PyTorch
 * stores weights (out_features × in_features). Blocks of 4 rows × 4 columns keep 16 sums in
 * registers and read each loaded value four times (3× the speed of one dot product at a time);
 * the edges take the dot product.
 */
function gemmNT(
  m: number, n: number, k: number,
  a: Float32Array, aOff: number, lda: number,
  b: Float32Array, bOff: number, ldb: number,
  c: Float32Array, cOff: number, ldc: number,
): void {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  for (let i = 0; i < m4; i += 4) {
    const a0 = aOff + i * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda;
    for (let j = 0; j < n4; j += 4) {
      const b0 = bOff + j * ldb, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let p = 0; p < k; p++) {
        const y0 = b[b0 + p] as number, y1 = b[b1 + p] as number, y2 = b[b2 + p] as number, y3 = b[b3 + p] as number;
        let x = a[a0 + p] as number;
        c00 += x * y0; c01 += x * y1; c02 += x * y2; c03 += x * y3;
        x = a[a1 + p] as number;
        c10 += x * y0; c11 += x * y1; c12 += x * y2; c13 += x * y3;
        x = a[a2 + p] as number;
        c20 += x * y0; c21 += x * y1; c22 += x * y2; c23 += x * y3;
        x = a[a3 + p] as number;
        c30 += x * y0; c31 += x * y1; c32 += x * y2; c33 += x * y3;
      }
      let r = cOff + i * ldc + j;
      c[r] = c00; c[r + 1] = c01; c[r + 2] = c02; c[r + 3] = c03;
      r += ldc;
      c[r] = c10; c[r + 1] = c11; c[r + 2] = c12; c[r + 3] = c13;
      r += ldc;
      c[r] = c20; c[r + 1] = c21; c[r + 2] = c22; c[r + 3] = c23;
      r += ldc;
      c[r] = c30; c[r + 1] = c31; c[r + 2] = c32; c[r + 3] = c33;
    }
    if (n4 < n) dotProducts(i, i + 4, n4, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
  }
  if (m4 < m) dotProducts(m4, m, 0, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
}

/** C[i,j] for rows [i0, i1) and columns [j0, j1), one dot product at a time. */
function dotProducts(
  i0: number, i1: number, j0: number, j1: number, k: number,
  a: Float32Array, aOff: number, lda: number,
  b: Float32Array, bOff: number, ldb: number,
  c: Float32Array, cOff: number, ldc: number,
): void {
  const k4 = k - (k % 4);
  for (let i = i0; i < i1; i++) {
    const ai = aOff + i * lda;
    const ci = cOff + i * ldc;
    for (let j = j0; j < j1; j++) {
      const bj = bOff + j * ldb;
      // four partial sums break the dependency chain of one long accumulation
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let p = 0;
      for (; p < k4; p += 4) {
        s0 += (a[ai + p] as number) * (b[bj + p] as number);
        s1 += (a[ai + p + 1] as number) * (b[bj + p + 1] as number);
        s2 += (a[ai + p + 2] as number) * (b[bj + p + 2] as number);
        s3 += (a[ai + p + 3] as number) * (b[bj + p + 3] as number);
      }
      for (; p < k; p++) s0 += (a[ai + p] as number) * (b[bj + p] as number);
      c[ci + j] = s0 + s1 + (s2 + s3);
    }
  }
}

/** C[i,j] += bias[j] for i < m, j < n. */
function addBias(m: number, n: number, bias: Float32Array, c: Float32Array, cOff: number, ldc: number): void {
  for (let i = 0; i < m; i++) {
    const ci = cOff + i * ldc;
    for (let j = 0; j < n; j++) c[ci + j] = (c[ci + j] as number) + (bias[j] as number);
  }
}

/** Elman step: h[i,j] = act(x[i,j] + g[i,j]), act = tanh or relu. x, g are m×n with ld n. */
function rnnPointwise(
  m: number, n: number, relu: boolean,
  x: Float32Array, xOff: number, g: Float32Array,
  h: Float32Array, hOff: number, ldh: number,
): void {
  for (let i = 0; i < m; i++) {
    const xi = xOff + i * n;
    const gi = i * n;
    const hi = hOff + i * ldh;
    for (let j = 0; j < n; j++) {
      const v = (x[xi + j] as number) + (g[gi + j] as number);
      h[hi + j] = relu ? (v > 0 ? v : 0) : Math.tanh(v);
    }
  }
}

/**
 * LSTM step. x and g hold the input and hidden projections (m×4n, gates i,f,g,o); c (m×n,
 * ld n) is updated in place; h[i,j] = o·tanh(c').
 */
function lstmPointwise(
  m: number, n: number,
  x: Float32Array, xOff: number, g: Float32Array,
  c: Float32Array, h: Float32Array, hOff: number, ldh: number,
): void {
  const n4 = 4 * n;
  for (let i = 0; i < m; i++) {
    const xi = xOff + i * n4;
    const gi = i * n4;
    const ci = i * n;
    const hi = hOff + i * ldh;
    for (let j = 0; j < n; j++) {
      const ig = sigmoid((x[xi + j] as number) + (g[gi + j] as number));
      const fg = sigmoid((x[xi + n + j] as number) + (g[gi + n + j] as number));
      const gg = Math.tanh((x[xi + 2 * n + j] as number) + (g[gi + 2 * n + j] as number));
      const og = sigmoid((x[xi + 3 * n + j] as number) + (g[gi + 3 * n + j] as number));
      const cNew = Math.fround(fg * (c[ci + j] as number) + ig * gg);
      c[ci + j] = cNew;
      h[hi + j] = og * Math.tanh(cNew);
    }
  }
}

/**
 * GRU step. x and g hold the input and hidden projections (m×3n, gates r,z,n, biases
 * included); hPrev is the previous state; h' = (1-z)·n + z·hPrev with
 * n = tanh(x_n + r·g_n) — the reset gate applies to the hidden projection, bias included.
 */
function gruPointwise(
  m: number, n: number,
  x: Float32Array, xOff: number, g: Float32Array,
  hPrev: Float32Array, hPrevOff: number, ldPrev: number,
  h: Float32Array, hOff: number, ldh: number,
): void {
  const n3 = 3 * n;
  for (let i = 0; i < m; i++) {
    const xi = xOff + i * n3;
    const gi = i * n3;
    const pi = hPrevOff + i * ldPrev;
    const hi = hOff + i * ldh;
    for (let j = 0; j < n; j++) {
      const r = sigmoid((x[xi + j] as number) + (g[gi + j] as number));
      const z = sigmoid((x[xi + n + j] as number) + (g[gi + n + j] as number));
      const cand = Math.tanh((x[xi + 2 * n + j] as number) + r * (g[gi + 2 * n + j] as number));
      h[hi + j] = (1 - z) * cand + z * (hPrev[pi + j] as number);
    }
  }
}

function sequence(job: SequenceJob): SequenceResult {
  const { kind, steps: T, batch: B, hiddenSize: H, projSize: P, numLayers: L, directions: D } = job;
  const Hout = stateWidth(job);
  const GH = gatesOf(kind) * H;
  const width = D * Hout;
  const chunk = Math.max(1, Math.min(T, Math.floor(PROJECTION_FLOATS / Math.max(1, B * GH))));

  const hN = allocFloat32(L * D * B * Hout);
  const cN = kind === "LSTM" ? allocFloat32(L * D * B * H) : null;
  const xg = allocFloat32(chunk * B * GH);
  const hg = allocFloat32(B * GH);
  const c = allocFloat32(B * H);
  const hc = P > 0 ? allocFloat32(B * H) : null;
  // Two layer buffers used in turn: the last layer's becomes the output.
  const buffers = [allocFloat32(T * B * width), L > 1 ? allocFloat32(T * B * width) : null];

  let inArr = job.input;
  let inOff = job.inputOffset;
  let inWidth = job.inputSize;
  let out = buffers[0] as Float32Array;
  for (let layer = 0; layer < L; layer++) {
    out = buffers[layer % 2] ?? (buffers[0] as Float32Array);
    for (let d = 0; d < D; d++) {
      const state = layer * D + d;
      const w = job.weights[state];
      if (!w) throw new Error(`sequence: no weights for layer ${layer}, direction ${d}`);

      let prevArr: Float32Array = job.h0 ?? hN; // the hN slot is still zero before it is written
      let prevOff = job.h0 ? job.h0Offset + state * B * Hout : state * B * Hout;
      let prevLd = Hout;
      if (job.c0) c.set(job.c0.subarray(job.c0Offset + state * B * H, job.c0Offset + (state + 1) * B * H));
      else c.fill(0);

      for (let c0 = 0; c0 < T; c0 += chunk) {
        const n = Math.min(chunk, T - c0);
        const t0 = d === 1 ? T - c0 - n : c0;
        gemmNT(n * B, GH, inWidth, inArr, inOff + t0 * B * inWidth, inWidth, w.wIh, 0, inWidth, xg, 0, GH);
        if (w.bIh) addBias(n * B, GH, w.bIh, xg, 0, GH);
        for (let s = 0; s < n; s++) {
          const t = d === 1 ? t0 + n - 1 - s : t0 + s;
          gemmNT(B, GH, Hout, prevArr, prevOff, prevLd, w.wHh, 0, Hout, hg, 0, GH);
          if (w.bHh) addBias(B, GH, w.bHh, hg, 0, GH);
          const outOff = t * B * width + d * Hout;
          const xOff = (t - t0) * B * GH;
          if (kind === "LSTM") {
            if (hc && w.wHr) {
              lstmPointwise(B, H, xg, xOff, hg, c, hc, 0, H);
              gemmNT(B, P, H, hc, 0, H, w.wHr, 0, H, out, outOff, width);
            } else {
              lstmPointwise(B, H, xg, xOff, hg, c, out, outOff, width);
            }
          } else if (kind === "GRU") {
            gruPointwise(B, H, xg, xOff, hg, prevArr, prevOff, prevLd, out, outOff, width);
          } else {
            rnnPointwise(B, H, kind === "RNN_RELU", xg, xOff, hg, out, outOff, width);
          }
          prevArr = out;
          prevOff = outOff;
          prevLd = width;
        }
      }
      // h_n / c_n of this layer and direction: the last state written (or h0 when T == 0).
      for (let b = 0; b < B; b++) {
        for (let j = 0; j < Hout; j++) hN[(state * B + b) * Hout + j] = prevArr[prevOff + b * prevLd + j] as number;
      }
      if (cN) cN.set(c, state * B * H);
    }
    if (job.betweenLayers && layer < L - 1) job.betweenLayers(out);
    inArr = out;
    inOff = 0;
    inWidth = width;
  }
  return { output: out, hN, cN };
}

export const typescriptKernels: Kernels = {
  name: "typescript",
  ready: () => Promise.resolve(),
  sequence,
  linear(m, n, k, x, xOffset, w, bias) {
    const out = allocFloat32(m * n);
    gemmNT(m, n, k, x, xOffset, k, w, 0, k, out, 0, n);
    if (bias) addBias(m, n, bias, out, 0, n);
    return out;
  },
};
