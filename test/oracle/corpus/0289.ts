// oracle: seed 289, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 2;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 2;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const cell_1 = new nn.RNNCell(5, 3);
const xs_1 = torch.randn(2, 4, 5);
let h_1 = torch.zeros(4, 3);
for (let t_1 = 0; t_1 < 4; t_1++) {
  if (t_1 >= 2) break;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}

const rnn_2 = new nn.GRU(5, 2);
const cell_2 = new nn.GRUCell(5, 2);
const x_2 = torch.randn(3, 5);
const r_2 = x_2.dim() === 3 ? rnn_2.forward(x_2)[0] : cell_2.forward(x_2);
