// oracle: seed 257, closed, runs cleanly
import * as rl from "rnnlens";

let feats_0 = 2;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, feats_0));
