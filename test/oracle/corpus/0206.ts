// oracle: seed 206, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const opts_0 = { layers: 1 };
const m_0 = new nn.GRU(3, 6, opts_0?.layers ?? 1);
m_0.forward(torch.randn(2, 2, 3), torch.zeros(opts_0.layers, 2, 6));

const m_1 = new nn.GRU(3, 3);
const [o_1] = m_1.forward(torch.randn(3, 4, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(4, -1);

const m_2 = new nn.GRU(5, 2);
[torch.randn(2, 3, 5), torch.randn(2, 3, 5)].forEach((x) => m_2.forward(x));
