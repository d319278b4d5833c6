// oracle: seed 42, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(6, 2);
const outs_0 = [torch.randn(2, 3, 6), torch.randn(2, 3, 6)].map((x) => m_0.forward(x)[0]);

const rnn_1 = new nn.GRU(8, 5);
const cell_1 = new nn.GRUCell(8, 5);
const x_1 = torch.randn(3, 8);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);
