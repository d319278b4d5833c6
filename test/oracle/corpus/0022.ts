// oracle: seed 22, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 3, hiddenSize: 4, numLayers: 2 };
if (cfg_0.inputSize > 8) cfg_0.numLayers = 2;
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(3, 1, 3), torch.zeros(cfg_0.numLayers, 1, 4));
