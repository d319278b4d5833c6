// oracle: seed 357, closed, raises at 12: Expected hidden size (3, 3, 5), got [1, 3, 5]
const { torch, nn } = require("rnnlens");

let feats_0 = 2;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const cfg_1 = { inputSize: 2, hiddenSize: 5, numLayers: 1 };
cfg_1["numLayers"] = 3;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(1, 3, 2), torch.zeros(1, 3, 5));
