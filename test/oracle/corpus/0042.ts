// oracle: seed 42, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const maybe_0 = new nn.RNN(6, 3);
maybe_0?.forward(torch.randn(3, 1, 6));

const opts_1 = { layers: 2 };
const m_1 = new nn.GRU(5, 3, opts_1?.layers ?? 1);
m_1.forward(torch.randn(2, 2, 5), torch.zeros(opts_1.layers, 2, 3));
