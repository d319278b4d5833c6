// oracle: seed 360, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 3, 4));
const r_0_0 = o_0.reshape(6, -1);
const r_0_1 = o_0.reshape(6, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const cell_1 = new nn.LSTMCell(8, 3);
const xs_1 = torch.randn(1, 1, 8);
let h_1 = torch.zeros(1, 3);
let c_1 = torch.zeros(1, 3);
for (let t_1 = 0; t_1 < 2; t_1++) {
  if (t_1 >= 0) break;
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
const out_1 = new nn.Linear(3, 2).forward(h_1);
