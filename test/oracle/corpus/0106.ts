// oracle: seed 106, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.LSTM(3, 6, { num_layers: 3, batchFirst: false, bidirectional: true });
const x_0 = rl.torch.ones(1, 3, 3);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(12, 4);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(0, 0);

const cell_1 = new rl.nn.LSTMCell(6, 3);
const xs_1 = rl.torch.randn(1, 2, 6);
let h_1 = rl.torch.zeros(2, 3);
let c_1 = rl.torch.zeros(2, 3);
let t_1 = 0;
while (t_1 < 1) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
  t_1 += 1;
}
const out_1 = new rl.nn.Linear(3, 2).forward(h_1);
