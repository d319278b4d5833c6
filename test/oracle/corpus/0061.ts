// oracle: seed 61, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(7, 2));
byName_0.get("enc").forward(torch.randn(2, 2, 7));

let feats_1 = 3;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 9));

let feats_2 = 4;
for (let i = 0; i < 3; i++) feats_2 = feats_2 + 2;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
