// oracle: seed 109, closed, runs cleanly
import rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(3, 4);
const cell_0 = new rl.nn.GRUCell(3, 4);
const x_0 = rl.torch.randn(4, 3, 3);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const cell_1 = new rl.nn.LSTMCell(4, 2);
const xs_1 = rl.torch.randn(1, 1, 4);
let h_1 = rl.torch.zeros(1, 2);
let c_1 = rl.torch.zeros(1, 2);
for (let t_1 = 0; t_1 < 1; t_1++) {
  if (t_1 % 2 === 1) continue;
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
const out_1 = new rl.nn.Linear(2, 2).forward(h_1);

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new rl.nn.LSTM({ inputSize: 6, hiddenSize: 8, num_layers: 2, bidirectional: true });
const b_2 = new rl.nn.LSTM(8, 8, 2);
const shape_2_168 = [3, 2, 6];
const oa_2 = apply_2(a_2, rl.torch.ones(...shape_2_168));
const ob_2 = apply_2(b_2, rl.torch.ones([2, 3, 8]));
