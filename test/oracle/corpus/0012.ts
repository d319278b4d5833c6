// oracle: seed 12, closed, runs cleanly
import * as rl from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, 5));
