// oracle: seed 376, closed, runs cleanly
const { torch, nn } = require("rnnlens");

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 2;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const cfg_1 = { inputSize: 4, hiddenSize: 9, numLayers: 2 };
const alias_1 = cfg_1;
alias_1.numLayers = 3;
const m_1 = new nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(4, 1, 4), torch.zeros(cfg_1.numLayers, 1, 9));
