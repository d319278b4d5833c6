// oracle: seed 144, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 2;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const cell_1 = new nn.LSTMCell(3, 7);
const xs_1 = torch.randn(1, 3, 3);
let h_1 = torch.zeros(3, 7);
let c_1 = torch.zeros(3, 7);
for (let t_1 = 0; t_1 < 1; t_1++) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
const out_1 = new nn.Linear(7, 2).forward(h_1);
