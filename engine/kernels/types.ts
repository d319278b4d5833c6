/**
 * The numeric kernels every recurrent forward pass is built from. They sit behind this one
 * small interface so faster implementations (WebAssembly SIMD) can replace the TypeScript ones
 * without touching the modules. Matrices are row-major Float32Arrays addressed by
 * (array, offset, leading dimension), so kernels read and write windows of larger buffers and a
 * forward pass allocates nothing per time step.
 */
export interface Kernels {
  readonly name: string;

  /**
   * C = A·Bᵀ (+ C when `accumulate`): C[i,j] = Σ_k A[i,k]·B[j,k] for i < m, j < n, k < k.
   * B is stored n×k, as PyTorch stores weights (out_features × in_features).
   */
  gemmNT(
    m: number, n: number, k: number,
    a: Float32Array, aOff: number, lda: number,
    b: Float32Array, bOff: number, ldb: number,
    c: Float32Array, cOff: number, ldc: number,
    accumulate: boolean,
  ): void;

  /** C[i,j] += bias[j] for i < m, j < n. */
  addBias(m: number, n: number, bias: Float32Array, biasOff: number, c: Float32Array, cOff: number, ldc: number): void;

  /** Elman step: h[i,j] = act(x[i,j] + g[i,j]), act = tanh or relu. x, g are m×n with ld n. */
  rnnPointwise(
    m: number, n: number, relu: boolean,
    x: Float32Array, xOff: number,
    g: Float32Array, gOff: number,
    h: Float32Array, hOff: number, ldh: number,
  ): void;

  /**
   * LSTM step. x and g hold the input and hidden projections (m×4n, gates i,f,g,o); c (m×n,
   * ld n) is updated in place; h[i,j] = o·tanh(c').
   */
  lstmPointwise(
    m: number, n: number,
    x: Float32Array, xOff: number,
    g: Float32Array, gOff: number,
    c: Float32Array, cOff: number,
    h: Float32Array, hOff: number, ldh: number,
  ): void;

  /**
   * GRU step. x and g hold the input and hidden projections (m×3n, gates r,z,n, biases
   * included); hPrev is the previous state; h' = (1-z)·n + z·hPrev with
   * n = tanh(x_n + r·g_n) — the reset gate applies to the hidden projection, bias included.
   */
  gruPointwise(
    m: number, n: number,
    x: Float32Array, xOff: number,
    g: Float32Array, gOff: number,
    hPrev: Float32Array, hPrevOff: number, ldPrev: number,
    h: Float32Array, hOff: number, ldh: number,
  ): void;
}
