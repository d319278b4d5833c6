// oracle: seed 1, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(8, 8);
const cell_0 = new nn.GRUCell(8, 8);
const x_0 = torch.randn(3, 8);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);
