// oracle: seed 227, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 5);
const [o_0] = m_0.forward(torch.randn(3, 4, 3));
const v_0 = o_0.transpose(0, 1).reshape(4, -1);
const s_0 = torch.zeros(...v_0.shape);

const cfg_1 = { inputSize: 7, hiddenSize: 7, numLayers: 1 };
cfg_1.numLayers = 2;
const m_1 = new nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(1, 4, 7), torch.zeros(cfg_1.numLayers, 4, 7));

const opts_2 = { layers: 1 };
const m_2 = new nn.GRU(5, 4, opts_2?.layers ?? 1);
m_2.forward(torch.randn(2, 2, 5), torch.zeros(opts_2.layers, 2, 4));
