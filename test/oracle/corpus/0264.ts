// oracle: seed 264, closed, raises at 7: Expected hidden size (2, 1, 2), got [1, 1, 2]
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 3, hiddenSize: 2, numLayers: 1 };
if (cfg_0.inputSize > 0) cfg_0.numLayers = 2;
const m_0 = new nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(4, 1, 3), torch.zeros(1, 1, 2));

const byName_1 = new Map();
byName_1.set("enc", new nn.LSTM(4, 4));
byName_1.get("enc").forward(torch.randn(2, 2, 4));
