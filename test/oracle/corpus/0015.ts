// oracle: seed 15, closed, raises at 9: input has inconsistent input_size: got 4 expected 3
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(3, 6);
const xs_0 = rl.torch.randn(1, 4, 4);
let h_0 = rl.torch.zeros(4, 6);
let t_0 = 0;
while (t_0 < 1) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
const out_0 = new rl.nn.Linear(6, 2).forward(h_0);

const m_1 = new rl.nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(2, 1, 4));
const r_1_0 = c_1.select(0, 0);
const r_1_1 = o_1.select(1, 0).t();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
