// oracle: seed 50, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 2, hiddenSize: 2, numLayers: 2 };
Object.assign(cfg_0, { numLayers: 1 });
const m_0 = new nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(1, 1, 2), torch.zeros(cfg_0.numLayers, 1, 2));
