// oracle: seed 17, closed, runs cleanly
import rnnlens = require("rnnlens");

const rnn_0 = new rnnlens.nn.GRU(3, 2);
const cell_0 = new rnnlens.nn.GRUCell(3, 2);
const x_0 = rnnlens.torch.randn(4, 3, 3);
const deep_0 = new rnnlens.nn.GRU(3, 2, 1);
if (1 > 1) {
  deep_0.forward(rnnlens.torch.randn(2, 3, 3), rnnlens.torch.zeros(2, 3, 2));
} else {
  deep_0.forward(rnnlens.torch.randn(2, 3, 3), rnnlens.torch.zeros(1, 3, 2));
}
