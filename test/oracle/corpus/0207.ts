// oracle: seed 207, closed, raises at 12: hidden0 has inconsistent hidden_size: got 4, expected 3
import { torch, nn } from "rnnlens";

const opts_0 = { layers: 1 };
const m_0 = new nn.GRU(7, 2, opts_0?.layers ?? 1);
m_0.forward(torch.randn(2, 2, 7), torch.zeros(opts_0.layers, 2, 2));

const cell_1 = new nn.GRUCell(8, 3);
const xs_1 = torch.randn(4, 3, 8);
let h_1 = torch.zeros(3, 3);
for (let t_1 = 0; t_1 < 4; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  if (t_1 === 1) h_1 = torch.zeros(3, 4);
}
const out_1 = new nn.Linear(3, 2).forward(h_1);

const m_2 = new nn.LSTM(4, 5);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(2, 2, 4));
const r_2_0 = o_2.select(0, 2 / 2);
const r_2_1 = o_2.detach().clone().contiguous();
const r_2_2 = o_2.view(4 / 2, -1);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(-1);
m_2.eval();
m_2.train();
