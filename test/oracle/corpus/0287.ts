// oracle: seed 287, closed, raises at 11: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 8, hiddenSize: 6, numLayers: 2 };
Object.assign(cfg_0, { numLayers: 1 });
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(4, 3, 8), torch.zeros(cfg_0.numLayers, 3, 6));

const m_1 = new nn.GRU(3, 6);
const [o_1] = m_1.forward(torch.randn(3, 2, 3));
const v_1 = o_1.transpose(0, 1).view(2, -1);
const s_1 = torch.zeros(...v_1.shape);
