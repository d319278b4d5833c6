// oracle: seed 271, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(4, 2);
const cell_0 = new rl.nn.GRUCell(4, 2);
const x_0 = rl.torch.randn(4, 3, 4);
const deep_0 = new rl.nn.GRU(4, 2, 2);
if (2 > 1) {
  deep_0.forward(rl.torch.randn(2, 3, 4), rl.torch.zeros(2, 3, 2));
} else {
  deep_0.forward(rl.torch.randn(2, 3, 4), rl.torch.zeros(1, 3, 2));
}

const cell_1 = new rl.nn.GRUCell(7, 3);
const xs_1 = rl.torch.randn(4, 1, 7);
let h_1 = rl.torch.zeros(1, 3);
for (let t_1 = 0; t_1 < 4; t_1++) {
  if (t_1 % 2 === 1) continue;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}

const m_2 = new rl.nn.GRU(3, 2);
const [o_2] = m_2.forward(rl.torch.randn(4, 2, 3));
const v_2 = o_2.transpose(0, 1).contiguous().view(2, -1);
const s_2 = rl.torch.zeros(...v_2.shape);
