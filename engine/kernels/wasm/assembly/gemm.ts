// C = A · W + bias for a panel range of a packed weight matrix.
//
// W (n × k as PyTorch stores it) is packed in panels of 8 output columns: panel p holds, for each
// kk < k, the 8 values W[p·8 + c, kk] side by side (32 bytes), so the inner loop reads one panel
// row with two vector loads and multiplies it by one broadcast element of A. Blocks of 4 rows ×
// 8 columns keep 8 accumulators in registers (x64 exposes 16 vector registers to WebAssembly).
import { madd } from "./simd";

const PANEL_BYTES: usize = 32;

/**
 * Rows [0, m) of C, columns of panels [p0, p1). A is m × k with leading dimension lda (floats);
 * C has leading dimension ldc (floats) and panel p writes columns p·8 .. p·8+7; bias holds one
 * padded value per column.
 */
export function gemmPanels(m: i32, k: i32, a: usize, lda: i32, w: usize, p0: i32, p1: i32, bias: usize, c: usize, ldc: i32): void {
  const rowA = <usize>lda << 2;
  const rowC = <usize>ldc << 2;
  const kBytes = <usize>k << 2;
  const m4 = m & ~3;
  for (let p = p0; p < p1; p++) {
    const wp = w + <usize>p * <usize>k * PANEL_BYTES;
    const bias0 = v128.load(bias + <usize>p * PANEL_BYTES);
    const bias1 = v128.load(bias + <usize>p * PANEL_BYTES, 16);
    let cRow = c + <usize>p * PANEL_BYTES;
    let aRow = a;
    for (let i = 0; i < m4; i += 4) {
      let a0 = aRow;
      let a1 = a0 + rowA;
      let a2 = a1 + rowA;
      let a3 = a2 + rowA;
      let c00 = bias0, c01 = bias1, c10 = bias0, c11 = bias1;
      let c20 = bias0, c21 = bias1, c30 = bias0, c31 = bias1;
      let bp = wp;
      const end = a0 + kBytes;
      while (a0 < end) {
        const b0 = v128.load(bp);
        const b1 = v128.load(bp, 16);
        let x = v128.load32_splat(a0);
        c00 = madd(x, b0, c00); c01 = madd(x, b1, c01);
        x = v128.load32_splat(a1);
        c10 = madd(x, b0, c10); c11 = madd(x, b1, c11);
        x = v128.load32_splat(a2);
        c20 = madd(x, b0, c20); c21 = madd(x, b1, c21);
        x = v128.load32_splat(a3);
        c30 = madd(x, b0, c30); c31 = madd(x, b1, c31);
        a0 += 4; a1 += 4; a2 += 4; a3 += 4;
        bp += PANEL_BYTES;
      }
      v128.store(cRow, c00); v128.store(cRow, c01, 16);
      cRow += rowC;
      v128.store(cRow, c10); v128.store(cRow, c11, 16);
      cRow += rowC;
      v128.store(cRow, c20); v128.store(cRow, c21, 16);
      cRow += rowC;
      v128.store(cRow, c30); v128.store(cRow, c31, 16);
      cRow += rowC;
      aRow += rowA << 2;
    }
    for (let i = m4; i < m; i++) {
      let a0 = aRow;
      let c00 = bias0, c01 = bias1;
      let bp = wp;
      const end = a0 + kBytes;
      while (a0 < end) {
        const x = v128.load32_splat(a0);
        c00 = madd(x, v128.load(bp), c00);
        c01 = madd(x, v128.load(bp, 16), c01);
        a0 += 4;
        bp += PANEL_BYTES;
      }
      v128.store(cRow, c00); v128.store(cRow, c01, 16);
      cRow += rowC;
      aRow += rowA;
    }
  }
}

/**
 * Packs rows of W (gates · h rows, each k long, row-major) gate by gate into panels of 8 rows,
 * each gate's h rows padded with zeros to a multiple of 8 (so gate g's columns start at
 * g · pad8(h) in the result). Full panels move 8 rows × 4 values at a time through two 4 × 4
 * transposes; packing runs on every forward pass, and for small layers it rivals the arithmetic.
 */
export function packPanels(src: usize, gates: i32, h: i32, k: i32, dst: usize): void {
  const panelsPerGate = (h + 7) >> 3;
  const rowBytes = <usize>k << 2;
  const k4 = k & ~3;
  let out = dst;
  for (let g = 0; g < gates; g++) {
    for (let p = 0; p < panelsPerGate; p++) {
      const row0 = p << 3;
      const rows = min(8, h - row0);
      const base = src + <usize>(g * h + row0) * rowBytes;
      let kk = 0;
      if (rows == 8) {
        for (; kk < k4; kk += 4) {
          const at = base + (<usize>kk << 2);
          transpose4(at, rowBytes, out);
          transpose4(at + 4 * rowBytes, rowBytes, out + 16);
          out += 4 * PANEL_BYTES;
        }
      }
      for (; kk < k; kk++) {
        for (let cc = 0; cc < 8; cc++) {
          const v: f32 = cc < rows ? load<f32>(base + <usize>cc * rowBytes + (<usize>kk << 2)) : 0;
          store<f32>(out, v);
          out += 4;
        }
      }
    }
  }
}

/** Reads 4 values from each of 4 rows (`stride` bytes apart) and stores them as 4 columns, one
 *  panel row (PANEL_BYTES) apart. */
@inline function transpose4(at: usize, stride: usize, out: usize): void {
  const a = v128.load(at);
  const b = v128.load(at + stride);
  const c = v128.load(at + 2 * stride);
  const d = v128.load(at + 3 * stride);
  const ab0 = i32x4.shuffle(a, b, 0, 4, 1, 5);
  const ab1 = i32x4.shuffle(a, b, 2, 6, 3, 7);
  const cd0 = i32x4.shuffle(c, d, 0, 4, 1, 5);
  const cd1 = i32x4.shuffle(c, d, 2, 6, 3, 7);
  v128.store(out, i32x4.shuffle(ab0, cd0, 0, 1, 4, 5));
  v128.store(out + PANEL_BYTES, i32x4.shuffle(ab0, cd0, 2, 3, 6, 7));
  v128.store(out + 2 * PANEL_BYTES, i32x4.shuffle(ab1, cd1, 0, 1, 4, 5));
  v128.store(out + 3 * PANEL_BYTES, i32x4.shuffle(ab1, cd1, 2, 3, 6, 7));
}
