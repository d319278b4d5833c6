// oracle: seed 315, closed, runs cleanly
import rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(3, 7), new rl.nn.RNN(7, 8)];
let y_0 = rl.torch.randn(3, 3, 3);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const m_1 = new rl.nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(2, 1, 4));
const r_1_0 = o_1.permute(2, 0, 1).contiguous();
const r_1_1 = o_1.select(0, 2 / 2);
const r_1_2 = o_1.flatten(0, 2);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const cell_2 = new rl.nn.GRUCell(3, 7);
const xs_2 = rl.torch.randn(4, 4, 3);
let h_2 = rl.torch.zeros(4, 7);
let t_2 = 0;
while (t_2 < 4) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
  t_2 += 1;
}
