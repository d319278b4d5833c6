// oracle: seed 19, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 5));
