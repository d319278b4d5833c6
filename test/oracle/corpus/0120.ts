// oracle: seed 120, open, raises at 10: input.size(-1) must be equal to input_size. Expected 3, got 4
import rnnlens = require("rnnlens");

const rnn_0 = new rnnlens.nn.GRU(3, 8);
const cell_0 = new rnnlens.nn.GRUCell(3, 8);
const x_0 = rnnlens.torch.randn(4, 3, 4);
if (Date.now() < 0) {
  rnn_0.forward(rnnlens.torch.randn(2, 2, 4));
}
rnn_0.forward(x_0);
