// oracle: seed 81, closed, runs cleanly
import rnnlens = require("rnnlens");

let feats_0 = 4;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, 4));
