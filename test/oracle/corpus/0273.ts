// oracle: seed 273, closed, runs cleanly
const { torch, nn } = require("rnnlens");

let feats_0 = 2;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));
