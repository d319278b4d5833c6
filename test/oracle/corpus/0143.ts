// oracle: seed 143, closed, runs cleanly
import rnnlens = require("rnnlens");

let feats_0 = 4;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 2;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, feats_0));

const opts_1 = { layers: 2 };
const m_1 = new rnnlens.nn.GRU(4, 4, opts_1?.layers ?? 1);
m_1.forward(rnnlens.torch.randn(2, 2, 4), rnnlens.torch.zeros(opts_1.layers, 2, 4));
