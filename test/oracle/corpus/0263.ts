// oracle: seed 263, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(4, 2);
Promise.resolve(torch.randn(2, 3, 4)).then((x) => m_0.forward(x));

const cfg_1 = { inputSize: 5, hiddenSize: 2, numLayers: 2 };
const alias_1 = cfg_1;
alias_1.numLayers = 3;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(2, 3, 5), torch.zeros(cfg_1.numLayers, 3, 2));
