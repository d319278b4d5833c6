// oracle: seed 124, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 7, hiddenSize: 6, numLayers: 1 };
cfg_0["numLayers"] = 3;
const m_0 = new rnnlens.nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(1, 2, 7), rnnlens.torch.zeros(cfg_0.numLayers, 2, 6));
