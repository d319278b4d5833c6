// oracle: seed 264, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.RNN(2, 3, { bidirectional: true });
const x_0 = torch.zeros([4, 1, 2]);
const [out_0, st_0] = m_0.forward(x_0, torch.zeros(2, 1, 3));

const cfg_1 = { inputSize: 7, hiddenSize: 9, numLayers: 1 };
Object.assign(cfg_1, { numLayers: 1 });
const m_1 = new nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(4, 1, 7), torch.zeros(cfg_1.numLayers, 1, 9));
