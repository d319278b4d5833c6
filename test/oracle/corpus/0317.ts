// oracle: seed 317, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const opts_0 = { layers: 1 };
const m_0 = new nn.GRU(7, 6, opts_0?.layers ?? 1);
m_0.forward(torch.randn(2, 2, 7), torch.zeros(opts_0.layers, 2, 6));
