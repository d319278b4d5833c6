// oracle: seed 218, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.GRUCell(8, 5);
const xs_0 = torch.randn(1, 4, 8);
let h_0 = torch.zeros(4, 5);
for (let t_0 = 0; t_0 < 1; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const m_1 = new nn.LSTM(4, 3);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(2, 2, 4));
const r_1_0 = o_1.flatten(0, 1);
const r_1_1 = o_1.select(1, 0).t();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
m_1.eval();
m_1.train();
