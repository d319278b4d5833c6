// oracle: seed 162, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 5, hiddenSize: 2, numLayers: 1 };
const alias_0 = cfg_0;
alias_0.numLayers = 3;
const m_0 = new rnnlens.nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(5, 2, 5), rnnlens.torch.zeros(cfg_0.numLayers, 2, 2));

const m_1 = new rnnlens.nn.GRU(3, 4);
setTimeout(() => m_1.forward(rnnlens.torch.randn(2, 3, 3)), 4);

const cfg_2 = { inputSize: 5, hiddenSize: 9, numLayers: 1 };
cfg_2["numLayers"] = 1;
const m_2 = new rnnlens.nn.GRU(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(rnnlens.torch.randn(5, 1, 5), rnnlens.torch.zeros(cfg_2.numLayers, 1, 9));
