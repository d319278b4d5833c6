// oracle: seed 123, open, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(3, 4);
const cell_0 = new nn.GRUCell(3, 4);
const x_0 = torch.randn(4, 3, 3);
if (Date.now() < 0) {
  rnn_0.forward(torch.randn(2, 2, 4));
}
rnn_0.forward(x_0);
