// oracle: seed 309, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(8, 5);
const xs_0 = torch.randn(4, 1, 8);
let h_0 = torch.zeros(1, 5);
let c_0 = torch.zeros(1, 5);
for (let t_0 = 0; t_0 < 6; t_0++) {
  if (t_0 >= 4) break;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}

let feats_1 = 3;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));

const cell_2 = new nn.LSTMCell(7, 3);
const xs_2 = torch.randn(4, 2, 7);
let h_2 = torch.zeros(2, 3);
let c_2 = torch.zeros(2, 3);
for (let t_2 = 0; t_2 < 4; t_2++) {
  [h_2, c_2] = cell_2.forward(xs_2.select(0, t_2), [h_2, c_2]);
}
