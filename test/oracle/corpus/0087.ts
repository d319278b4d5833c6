// oracle: seed 87, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

let feats_1 = 4;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));
