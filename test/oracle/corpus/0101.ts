// oracle: seed 101, open, raises at 17: hidden0 has inconsistent hidden_size: got 8, expected 7
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(6, 4);
const cell_0 = new nn.GRUCell(6, 4);
const x_0 = torch.randn(4, 3, 6);
if (Date.now() < 0) {
  rnn_0.forward(torch.randn(2, 2, 7));
}
rnn_0.forward(x_0);

const cell_1 = new nn.RNNCell(4, 7);
const xs_1 = torch.randn(4, 2, 4);
let h_1 = torch.zeros(2, 7);
let t_1 = 0;
while (t_1 < 4) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  if (t_1 === 0) h_1 = torch.zeros(2, 8);
  t_1 += 1;
}
const out_1 = new nn.Linear(7, 2).forward(h_1);

const m_2 = new nn.GRU(3, 2);
[torch.randn(2, 3, 3), torch.randn(2, 3, 3)].forEach((x) => m_2.forward(x));
