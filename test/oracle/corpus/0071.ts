// oracle: seed 71, closed, runs cleanly
import rnnlens = require("rnnlens");

const rnn_0 = new rnnlens.nn.GRU(6, 5);
const cell_0 = new rnnlens.nn.GRUCell(6, 5);
const x_0 = rnnlens.torch.randn(3, 6);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);
