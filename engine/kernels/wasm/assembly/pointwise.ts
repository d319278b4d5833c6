// The gate math of one time step for rows [0, m) and hidden units [j0, j1), four units at a time.
// x and g are the input and hidden projections of the step (ld = gates · hp, gate blocks hp
// apart, hp = hidden size padded to 8); state buffers are padded the same way, so four-lane reads
// stay inside them. The new h goes to `out` (leading dimension ldo), which is not padded: the last
// group of a row stores only the lanes below j1.
import { ones, sigmoid4, tanh4 } from "./activations";

export const RNN_TANH = 0;
export const RNN_RELU = 1;
export const LSTM = 2;
export const GRU = 3;

@inline function storeLanes(ptr: usize, v: v128, lanes: i32): void {
  if (lanes >= 4) {
    v128.store(ptr, v);
    return;
  }
  v128.store32_lane(ptr, v, 0);
  if (lanes > 1) v128.store32_lane(ptr, v, 1, 4);
  if (lanes > 2) v128.store32_lane(ptr, v, 2, 8);
}

export function rnnStep(relu: bool, m: i32, hp: i32, j0: i32, j1: i32, x: usize, g: usize, out: usize, ldo: i32): void {
  const ld = <usize>hp << 2;
  for (let i = 0; i < m; i++) {
    const xi = x + <usize>i * ld;
    const gi = g + <usize>i * ld;
    const oi = out + ((<usize>i * <usize>ldo) << 2);
    for (let j = j0; j < j1; j += 4) {
      const o = <usize>j << 2;
      const v = f32x4.add(v128.load(xi + o), v128.load(gi + o));
      storeLanes(oi + o, relu ? f32x4.max(v, f32x4.splat(0)) : tanh4(v), j1 - j);
    }
  }
}

export function lstmStep(m: i32, hp: i32, j0: i32, j1: i32, x: usize, g: usize, c: usize, out: usize, ldo: i32): void {
  const gate = <usize>hp << 2;
  const ld = gate << 2;
  for (let i = 0; i < m; i++) {
    const xi = x + <usize>i * ld;
    const gi = g + <usize>i * ld;
    const ci = c + <usize>i * gate;
    const oi = out + ((<usize>i * <usize>ldo) << 2);
    for (let j = j0; j < j1; j += 4) {
      const o = <usize>j << 2;
      const ig = sigmoid4(f32x4.add(v128.load(xi + o), v128.load(gi + o)));
      const fg = sigmoid4(f32x4.add(v128.load(xi + gate + o), v128.load(gi + gate + o)));
      const gg = tanh4(f32x4.add(v128.load(xi + 2 * gate + o), v128.load(gi + 2 * gate + o)));
      const og = sigmoid4(f32x4.add(v128.load(xi + 3 * gate + o), v128.load(gi + 3 * gate + o)));
      const cNew = f32x4.add(f32x4.mul(fg, v128.load(ci + o)), f32x4.mul(ig, gg));
      v128.store(ci + o, cNew);
      storeLanes(oi + o, f32x4.mul(og, tanh4(cNew)), j1 - j);
    }
  }
}

/** hPrev (leading dimension ldp) is read four lanes at a time; the lanes past j1 are ignored. */
export function gruStep(m: i32, hp: i32, j0: i32, j1: i32, x: usize, g: usize, hPrev: usize, ldp: i32, out: usize, ldo: i32): void {
  const gate = <usize>hp << 2;
  const ld = gate * 3;
  const one = ones();
  for (let i = 0; i < m; i++) {
    const xi = x + <usize>i * ld;
    const gi = g + <usize>i * ld;
    const pi = hPrev + ((<usize>i * <usize>ldp) << 2);
    const oi = out + ((<usize>i * <usize>ldo) << 2);
    for (let j = j0; j < j1; j += 4) {
      const o = <usize>j << 2;
      const r = sigmoid4(f32x4.add(v128.load(xi + o), v128.load(gi + o)));
      const z = sigmoid4(f32x4.add(v128.load(xi + gate + o), v128.load(gi + gate + o)));
      const n = tanh4(f32x4.add(v128.load(xi + 2 * gate + o), f32x4.mul(r, v128.load(gi + 2 * gate + o))));
      const h = f32x4.add(f32x4.mul(f32x4.sub(one, z), n), f32x4.mul(z, v128.load(pi + o)));
      storeLanes(oi + o, h, j1 - j);
    }
  }
}

