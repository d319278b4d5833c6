// oracle: seed 123, closed, runs cleanly
import rnnlens = require("rnnlens");

let feats_0 = 2;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 2;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, 8));
