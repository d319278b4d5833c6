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

const args_2: [number, number, number] = [6, 8, 1];
const m_2 = new nn.RNN(...args_2);
const x_2 = torch.rand(3, 1, 6);
const [out_2, st_2] = m_2.forward(x_2, torch.ones(1, 1, 8));
