// oracle: seed 215, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 2, got 4
import * as rl from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { LSTM: LSTM_0a } = rl.nn;
const a_0 = new LSTM_0a(2, 8, { batchFirst: true });
const b_0 = new rl.nn.LSTM(5, 2, { batchFirst: true });
const oa_0 = apply_0(a_0, rl.torch.rand(2, 3, 4));
const ob_0 = apply_0(b_0, rl.torch.zeros(3, 2, 5));

const cell_1 = new rl.nn.GRUCell(7, 2);
const xs_1 = rl.torch.randn(4, 1, 7);
let h_1 = rl.torch.zeros(1, 2);
for (let t_1 = 0; t_1 < 4; t_1++) {
  if (t_1 % 2 === 1) continue;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
const out_1 = new rl.nn.Linear(2, 2).forward(h_1);

const layers_2 = [new rl.nn.RNN(8, 8)];
let y_2 = rl.torch.randn(5, 3, 8);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
const z_2 = new rl.nn.Linear(7, 3).forward(y_2);
