// oracle: seed 329, closed, raises at 8: input has inconsistent input_size: got 5 expected 4
import rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(4, 6);
for (let e = 0; e < 1; e++) {
  let h = rl.torch.zeros(2, 6);
  for (let t = 0; t < 1; t++) {
    h = cell_0.forward(rl.torch.randn(2, 5), h);
  }
}

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new rl.nn.RNN(2, 3, { batchFirst: true, bidirectional: true });
const b_1 = new rl.nn.GRU(2, 4, 2);
const oa_1 = apply_1(a_1, rl.torch.randn(2, 3, 2));
const shape_1_8719 = [2, 3, 2];
const ob_1 = apply_1(b_1, rl.torch.zeros(...shape_1_8719));
