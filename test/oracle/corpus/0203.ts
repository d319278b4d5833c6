// oracle: seed 203, closed, raises at 7: Expected hidden size (3, 3, 7), got [2, 3, 7]
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 2, hiddenSize: 7, numLayers: 2 };
cfg_0["numLayers"] = 3;
const m_0 = new rnnlens.nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(2, 3, 2), rnnlens.torch.zeros(2, 3, 7));
