// oracle: seed 83, closed, runs cleanly
import rnnlens = require("rnnlens");

let feats_0 = 4;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, feats_0));
