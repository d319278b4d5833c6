// oracle: seed 62, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 5, hiddenSize: 2, numLayers: 1 };
cfg_0["numLayers"] = 3;
const m_0 = new rnnlens.nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(2, 2, 5), rnnlens.torch.zeros(cfg_0.numLayers, 2, 2));
