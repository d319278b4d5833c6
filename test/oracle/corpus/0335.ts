// oracle: seed 335, closed, raises at 7: zeros(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1
const { torch, nn } = require("rnnlens");

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 3, 4));
const r_0_0 = h_0.squeeze(0).unsqueeze(-1);
const r_0_1 = torch.zeros(3 / 2, 5);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
m_0.eval();
m_0.train();

const cfg_1 = { inputSize: 7, hiddenSize: 9, numLayers: 1 };
cfg_1["numLayers"] = 2;
const m_1 = new nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(2, 3, 7), torch.zeros(cfg_1.numLayers, 3, 9));
