// oracle: seed 142, closed, runs cleanly
const { torch, nn } = require("rnnlens");

let feats_0 = 5;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 5));

const m_1 = new nn.GRU(7, 6);
[torch.randn(2, 3, 7), torch.randn(2, 3, 7)].forEach((x) => m_1.forward(x));
