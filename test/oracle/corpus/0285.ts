// oracle: seed 285, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.RNNCell(7, 4);
const xs_0 = torch.randn(1, 1, 7);
let h_0 = torch.zeros(1, 4);
for (let t_0 = 0; t_0 < 2; t_0++) {
  if (t_0 >= 0) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new nn.Linear(4, 2).forward(h_0);

const m_1 = new nn.GRU(5, 6);
[torch.randn(2, 3, 5), torch.randn(2, 3, 5)].forEach((x) => m_1.forward(x));

const m_2 = new nn.LSTM(4, 5);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(2, 2, 4));
const r_2_0 = o_2.view(4 / 1, -1);
const r_2_1 = o_2.view(4 / 1, -1);
const r_2_2 = o_2.view(4 / 1, -1);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
m_2.eval();
m_2.train();
