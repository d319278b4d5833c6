// oracle: seed 186, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const opts_0 = { layers: 2 };
const m_0 = new nn.GRU(2, 5, opts_0?.layers ?? 1);
m_0.forward(torch.randn(2, 2, 2), torch.zeros(opts_0.layers, 2, 5));

const hp_1 = { inputSize: 5, hiddenSize: 9, numLayers: 1 };
const m_1 = new nn.GRU({ ...hp_1, numLayers: 1, dropout: 0.5 });
const x_1 = torch.rand(6, 4, 5);
const [out_1, st_1] = m_1.forward(x_1, torch.ones([1, 4, 9]));
