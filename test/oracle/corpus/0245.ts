// oracle: seed 245, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 3, hiddenSize: 3, numLayers: 2 };
cfg_0["numLayers"] = 2;
const m_0 = new rnnlens.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(2, 3, 3), rnnlens.torch.zeros(cfg_0.numLayers, 3, 3));

const cfg_1 = { inputSize: 6, hiddenSize: 4, numLayers: 2 };
Object.assign(cfg_1, { numLayers: 2 });
const m_1 = new rnnlens.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rnnlens.torch.randn(5, 4, 6), rnnlens.torch.zeros(2, 4, 4));
