// oracle: seed 6, open, raises at 10: input has inconsistent input_size: got 6 expected 3
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(3, 5);
const cell_0 = new nn.GRUCell(3, 5);
const x_0 = torch.randn(3, 6);
if (Date.now() < 0) {
  rnn_0.forward(torch.randn(2, 2, 4));
}
cell_0.forward(x_0);
