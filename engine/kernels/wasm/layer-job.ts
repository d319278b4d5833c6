/**
 * The job table runLayer (assembly/layer.ts) reads: i32 fields in WebAssembly memory, in the
 * order that file declares them. Kept in one place on each side; the test of the kernels runs
 * every kind and option through both, so a mismatch cannot pass unnoticed.
 */
export const JobField = {
  kind: 0,
  steps: 1,
  batch: 2,
  inWidth: 3,
  hidden: 4,
  hiddenPad: 5,
  proj: 6,
  projPad: 7,
  reverse: 8,
  x: 9,
  xLd: 10,
  wIh: 11,
  biasX: 12,
  wHh: 13,
  biasH: 14,
  wHr: 15,
  h0: 16,
  c: 17,
  out: 18,
  outLd: 19,
  xg: 20,
  chunk: 21,
  hg: 22,
  hc: 23,
  pr: 24,
  zeroBias: 25,
  threads: 26,
  barrier: 27,
} as const;

export const JOB_FIELDS = 28;

/** The kind codes of assembly/pointwise.ts. */
export const KindCode = { RNN_TANH: 0, RNN_RELU: 1, LSTM: 2, GRU: 3 } as const;
