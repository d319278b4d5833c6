// oracle: seed 51, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 2;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));
