// oracle: seed 78, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 6, hiddenSize: 9, numLayers: 2 };
const alias_0 = cfg_0;
alias_0.numLayers = 1;
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(3, 4, 6), torch.zeros(cfg_0.numLayers, 4, 9));
