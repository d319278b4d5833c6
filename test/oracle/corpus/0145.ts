// oracle: seed 145, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(8, 4);
setTimeout(() => m_0.forward(torch.randn(2, 3, 8)), 7);

let feats_1 = 2;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 3;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 11));
