// One layer, one direction, over a whole sequence: the input projection of a chunk of time steps
// as one GEMM, then per step the GEMM with W_hh and the gate math. Every thread of the layer runs
// this same function on its share — rows of the projection, hidden units of each step — and the
// threads meet at a barrier wherever the next phase reads what another thread wrote.
//
// The job is a table of i32 fields in memory written by the JavaScript side (layer-job.ts keeps
// the same field order).
import { barrier } from "./barrier";
import { gemmPanels } from "./gemm";
import { GRU, LSTM, RNN_RELU, gruStep, lstmStep, rnnStep } from "./pointwise";

const KIND = 0;
const STEPS = 1; // T
const BATCH = 2; // B
const IN_WIDTH = 3; // k of the input projection
const HIDDEN = 4; // H
const HIDDEN_PAD = 5; // H rounded up to 8
const PROJ = 6; // P, 0 without projection
const PROJ_PAD = 7;
const REVERSE = 8;
const X = 9; // input rows (T·B) × IN_WIDTH, leading dimension X_LD
const X_LD = 10;
const W_IH = 11; // packed, gates · HIDDEN_PAD columns
const BIAS_X = 12; // gates · HIDDEN_PAD, added to the input projection
const W_HH = 13; // packed
const BIAS_H = 14; // gates · HIDDEN_PAD, added to the hidden projection
const W_HR = 15; // packed projection weights, PROJ_PAD columns
const H0 = 16; // B × Hout, leading dimension Hout
const C = 17; // B × HIDDEN_PAD cell state, holds c0 on entry and c_n on return
const OUT = 18; // first row of this direction's output columns
const OUT_LD = 19;
const XG = 20; // CHUNK · B rows × gates · HIDDEN_PAD
const CHUNK = 21; // time steps per input projection
const HG = 22; // B × gates · HIDDEN_PAD
const HC = 23; // B × HIDDEN_PAD (projection only)
const PR = 24; // B × PROJ_PAD (projection only)
const ZERO_BIAS = 25; // PROJ_PAD zeros
const THREADS = 26;
const BARRIER = 27;

@inline function field(job: usize, i: i32): i32 {
  return load<i32>(job + (<usize>i << 2));
}

@inline function ptr(job: usize, i: i32): usize {
  return <usize>field(job, i);
}

/** Units of work per thread and step: enough that a slower thread gives some of its share away. */
const UNITS_PER_THREAD = 16;
/** A unit of the input projection: rows (a multiple of the GEMM's 4-row block) × 8-column panels. */
const PROJECTION_ROWS = 32;
const PROJECTION_PANELS = 32;

/** The first of `count` items thread `tid` of `threads` takes in a static split. */
@inline function share(count: i32, tid: i32, threads: i32): i32 {
  return <i32>((<i64>count * tid) / threads);
}

export function runLayer(job: usize, tid: i32): i32 {
  const kind = field(job, KIND);
  const T = field(job, STEPS);
  const B = field(job, BATCH);
  const I = field(job, IN_WIDTH);
  const H = field(job, HIDDEN);
  const hp = field(job, HIDDEN_PAD);
  const P = field(job, PROJ);
  const pp = field(job, PROJ_PAD);
  const reverse = field(job, REVERSE) != 0;
  const gates = kind == LSTM ? 4 : kind == GRU ? 3 : 1;
  const gh = gates * hp;
  const hOut = P > 0 ? P : H;
  const threads = field(job, THREADS);
  const bar = ptr(job, BARRIER);
  const x = ptr(job, X);
  const xLd = field(job, X_LD);
  const out = ptr(job, OUT);
  const outLd = field(job, OUT_LD);
  const xg = ptr(job, XG);
  const hg = ptr(job, HG);
  const c = ptr(job, C);
  const chunk = field(job, CHUNK);
  const rowOut = <usize>outLd << 2;

  // Work is handed out dynamically: each thread takes the next unit from a shared counter until
  // none are left, so a thread on a slower or busier core simply takes fewer. A step's unit is
  // a few panels of hidden units — the GEMM of all gates for them, then their gate math, which
  // needs nothing from other units. The counters sit after the barrier's two words: two for the
  // steps, used alternately (the one a step used is reset after the barrier that ends it, while
  // the next step already counts on the other), one for the input projection.
  const panels = hp >> 3;
  const unitPanels = max(1, panels / (threads * UNITS_PER_THREAD));
  const units = (panels + unitPanels - 1) / unitPanels;
  const stepCounters = bar + 8;
  const projectionCounter = bar + 16;
  // the projection (LSTM proj_size) is split statically, as it is one small GEMM per step
  const r0 = share(pp >> 3, tid, threads);
  const r1 = share(pp >> 3, tid + 1, threads);

  // Units this thread took (projection and steps), returned so callers can see the split.
  let taken = 0;
  let hPrev = ptr(job, H0);
  let hPrevLd = hOut;
  let step = 0;
  for (let c0 = 0; c0 < T; c0 += chunk) {
    const steps = min(chunk, T - c0);
    // the chunk covers time steps [t0, t0 + steps): the first ones for the forward direction,
    // the last ones for the reverse direction
    const t0 = reverse ? T - c0 - steps : c0;
    const rows = steps * B;
    // units of the projection: blocks of rows × groups of panels, row by row (a row block's
    // inputs stay in cache across its panel groups)
    const rowUnits = (rows + PROJECTION_ROWS - 1) / PROJECTION_ROWS;
    const panelUnits = (gates * panels + PROJECTION_PANELS - 1) / PROJECTION_PANELS;
    for (let u = atomic.add<i32>(projectionCounter, 1); u < rowUnits * panelUnits; u = atomic.add<i32>(projectionCounter, 1)) {
      taken++;
      const rowBegin = (u / panelUnits) * PROJECTION_ROWS;
      const rowEnd = min(rowBegin + PROJECTION_ROWS, rows);
      const p0 = (u % panelUnits) * PROJECTION_PANELS;
      gemmPanels(
        rowEnd - rowBegin, I,
        x + ((<usize>(t0 * B + rowBegin) * <usize>xLd) << 2), xLd,
        ptr(job, W_IH), p0, min(p0 + PROJECTION_PANELS, gates * panels), ptr(job, BIAS_X),
        xg + ((<usize>rowBegin * <usize>gh) << 2), gh,
      );
    }
    barrier(bar, threads);
    if (tid == 0) atomic.store<i32>(projectionCounter, 0);

    for (let s = 0; s < steps; s++, step++) {
      const t = reverse ? t0 + steps - 1 - s : t0 + s;
      const xStep = xg + ((<usize>((t - t0) * B) * <usize>gh) << 2);
      const outStep = out + <usize>(t * B) * rowOut;
      const counter = stepCounters + (<usize>(step & 1) << 2);
      for (let u = atomic.add<i32>(counter, 1); u < units; u = atomic.add<i32>(counter, 1)) {
        taken++;
        const q0 = u * unitPanels;
        const q1 = min(q0 + unitPanels, panels);
        for (let g = 0; g < gates; g++) {
          gemmPanels(B, hOut, hPrev, hPrevLd, ptr(job, W_HH), g * panels + q0, g * panels + q1, ptr(job, BIAS_H), hg, gh);
        }
        const j0 = q0 << 3;
        const j1 = min(q1 << 3, H);
        if (kind == LSTM) {
          if (P > 0) lstmStep(B, hp, j0, j1, xStep, hg, c, ptr(job, HC), hp);
          else lstmStep(B, hp, j0, j1, xStep, hg, c, outStep, outLd);
        } else if (kind == GRU) {
          gruStep(B, hp, j0, j1, xStep, hg, hPrev, hPrevLd, outStep, outLd);
        } else {
          rnnStep(kind == RNN_RELU, B, hp, j0, j1, xStep, hg, outStep, outLd);
        }
      }
      if (kind == LSTM && P > 0) {
        const pr = ptr(job, PR);
        barrier(bar, threads);
        gemmPanels(B, H, ptr(job, HC), hp, ptr(job, W_HR), r0, r1, ptr(job, ZERO_BIAS), pr, pp);
        // copy this thread's projected columns into the output row
        const p1 = min(r1 << 3, P);
        for (let b = 0; b < B; b++) {
          for (let j = r0 << 3; j < p1; j++) {
            store<f32>(outStep + <usize>b * rowOut + (<usize>j << 2), load<f32>(pr + ((<usize>(b * pp + j)) << 2)));
          }
        }
      }
      barrier(bar, threads);
      if (tid == 0) atomic.store<i32>(counter, 0);
      hPrev = outStep;
      hPrevLd = outLd;
    }
  }
  return taken;
}
