// oracle: seed 291, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 6, hiddenSize: 6, numLayers: 2 };
cfg_0.numLayers = 1;
const m_0 = new rnnlens.nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(4, 2, 6), rnnlens.torch.zeros(cfg_0.numLayers, 2, 6));

const m_1 = new rnnlens.nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(rnnlens.torch.randn(4, 2, 4));
const r_1_0 = o_1.slice(0, 0, 3);
const r_1_1 = rnnlens.torch.zeros(2 / 2, 4);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);
