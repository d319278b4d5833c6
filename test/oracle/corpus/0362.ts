// oracle: seed 362, closed, raises at 15: select(): index 1 out of range for tensor of size [1, 1, 3] at dimension 0
import rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(2, 6);
const xs_0 = rl.torch.randn(1, 4, 2);
let h_0 = rl.torch.zeros(4, 6);
for (let t_0 = 0; t_0 < 1; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const m_1 = new rl.nn.LSTM(4, 3);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(2, 1, 4));
const r_1_0 = o_1.select(1, 0).t();
const r_1_1 = o_1.flatten(0, -1);
const r_1_2 = c_1.select(0, 1);
const r_1_3 = o_1.select(1, 0).t();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);
