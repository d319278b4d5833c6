/**
 * The reference kernels in plain TypeScript. Sums accumulate in float64 and are stored as
 * float32, which keeps results within PyTorch's float32 rounding of the exact value.
 */
import type { Kernels } from "./types";

function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

export const typescriptKernels: Kernels = {
  name: "typescript",

  gemmNT(m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, accumulate) {
    const k4 = k - (k % 4);
    for (let i = 0; i < m; i++) {
      const ai = aOff + i * lda;
      const ci = cOff + i * ldc;
      for (let j = 0; j < n; j++) {
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
        const s = s0 + s1 + (s2 + s3);
        c[ci + j] = accumulate ? (c[ci + j] as number) + s : s;
      }
    }
  },

  addBias(m, n, bias, biasOff, c, cOff, ldc) {
    for (let i = 0; i < m; i++) {
      const ci = cOff + i * ldc;
      for (let j = 0; j < n; j++) c[ci + j] = (c[ci + j] as number) + (bias[biasOff + j] as number);
    }
  },

  rnnPointwise(m, n, relu, x, xOff, g, gOff, h, hOff, ldh) {
    for (let i = 0; i < m; i++) {
      const xi = xOff + i * n;
      const gi = gOff + i * n;
      const hi = hOff + i * ldh;
      for (let j = 0; j < n; j++) {
        const v = (x[xi + j] as number) + (g[gi + j] as number);
        h[hi + j] = relu ? (v > 0 ? v : 0) : Math.tanh(v);
      }
    }
  },

  lstmPointwise(m, n, x, xOff, g, gOff, c, cOff, h, hOff, ldh) {
    const n4 = 4 * n;
    for (let i = 0; i < m; i++) {
      const xi = xOff + i * n4;
      const gi = gOff + i * n4;
      const ci = cOff + i * n;
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
  },

  gruPointwise(m, n, x, xOff, g, gOff, hPrev, hPrevOff, ldPrev, h, hOff, ldh) {
    const n3 = 3 * n;
    for (let i = 0; i < m; i++) {
      const xi = xOff + i * n3;
      const gi = gOff + i * n3;
      const pi = hPrevOff + i * ldPrev;
      const hi = hOff + i * ldh;
      for (let j = 0; j < n; j++) {
        const r = sigmoid((x[xi + j] as number) + (g[gi + j] as number));
        const z = sigmoid((x[xi + n + j] as number) + (g[gi + n + j] as number));
        const cand = Math.tanh((x[xi + 2 * n + j] as number) + r * (g[gi + 2 * n + j] as number));
        h[hi + j] = (1 - z) * cand + z * (hPrev[pi + j] as number);
      }
    }
  },
};
