// The four-lane activations over a buffer, so tests can hold them to Math.exp and Math.tanh.
import { exp4, sigmoid4, tanh4 } from "./activations";

export function activate(fn: i32, src: usize, dst: usize, n: i32): void {
  for (let i = 0; i < n; i += 4) {
    const o = <usize>i << 2;
    const v = v128.load(src + o);
    v128.store(dst + o, fn == 0 ? exp4(v) : fn == 1 ? sigmoid4(v) : tanh4(v));
  }
}
