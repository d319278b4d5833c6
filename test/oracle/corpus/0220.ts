// oracle: seed 220, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const cell_1 = new nn.LSTMCell(3, 7);
const xs_1 = torch.randn(1, 1, 3);
let h_1 = torch.zeros(1, 7);
let c_1 = torch.zeros(1, 7);
for (let t_1 = 0; t_1 < 1; t_1++) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
const out_1 = new nn.Linear(7, 2).forward(h_1);

let feats_2 = 3;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
