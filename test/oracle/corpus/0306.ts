// oracle: seed 306, closed, raises at 7: Expected hidden size (3, 4, 4), got [1, 4, 4]
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 3, hiddenSize: 4, numLayers: 1 };
cfg_0["numLayers"] = 3;
const m_0 = new nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(4, 4, 3), torch.zeros(1, 4, 4));
