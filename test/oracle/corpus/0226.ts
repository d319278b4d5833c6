// oracle: seed 226, closed, raises at 8: Expected hidden size (3, 3, 2), got [2, 3, 2]
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 6, hiddenSize: 2, numLayers: 2 };
const alias_0 = cfg_0;
alias_0.numLayers = 3;
const m_0 = new nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(2, 3, 6), torch.zeros(2, 3, 2));

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(3, 4, 3));
const dims_1 = [2, 20];
const v_1 = o_1.view(...dims_1);
