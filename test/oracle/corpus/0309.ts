// oracle: seed 309, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const m_1 = new nn.GRU(8, 3);
let late_1 = torch.randn(2, 3, 9);
setTimeout(() => m_1.forward(late_1), 0);
late_1 = torch.randn(2, 3, 8);

const cell_2 = new nn.RNNCell(2, 3);
const xs_2 = torch.randn(2, 2, 2);
let h_2 = torch.zeros(2, 3);
let t_2 = 0;
while (t_2 < 2) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
  t_2 += 1;
}
