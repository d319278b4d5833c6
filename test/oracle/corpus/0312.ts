// oracle: seed 312, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));
