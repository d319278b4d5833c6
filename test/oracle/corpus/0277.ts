// oracle: seed 277, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 5);
const [o_0] = m_0.forward(torch.randn(2, 3, 3));
const v_0 = o_0.view(6, 5);
const s_0 = torch.zeros(...v_0.shape);

const cfg_1 = { inputSize: 3, hiddenSize: 6, numLayers: 2 };
Object.assign(cfg_1, { numLayers: 3 });
const m_1 = new nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(3, 1, 3), torch.zeros(cfg_1.numLayers, 1, 6));
