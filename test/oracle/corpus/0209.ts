// oracle: seed 209, closed, runs cleanly
import { torch, nn } from "rnnlens";

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(2, 4));
byName_0.get("enc").forward(torch.randn(2, 2, 2));

let feats_1 = 4;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 7));

const cell_2 = new nn.RNNCell(4, 3);
const xs_2 = torch.randn(1, 2, 4);
let h_2 = torch.zeros(2, 3);
for (let t_2 = 0; t_2 < 0; t_2++) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new nn.Linear(3, 2).forward(h_2);
