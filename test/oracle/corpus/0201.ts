// oracle: seed 201, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 5;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

let feats_1 = 4;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 3;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 13));
