// oracle: seed 309, closed, runs cleanly
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(7, 8);
const cell_0 = new nn.GRUCell(7, 8);
const x_0 = torch.randn(4, 3, 7);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(2, 3, 3));
const v_1 = o_1.permute(1, 0, 2).view(3, 2, 5);
const s_1 = torch.zeros(...v_1.shape);

const cell_2 = new nn.RNNCell(3, 5);
const xs_2 = torch.randn(4, 3, 3);
let h_2 = torch.zeros(3, 5);
for (let t_2 = 0; t_2 < 4; t_2++) {
  if (t_2 % 2 === 1) continue;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new nn.Linear(5, 2).forward(h_2);
