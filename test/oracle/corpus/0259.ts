// oracle: seed 259, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(4, 6);
const cell_0 = new nn.GRUCell(4, 6);
const x_0 = torch.randn(3, 4);
const deep_0 = new nn.GRU(4, 6, 1);
if (1 > 1) {
  deep_0.forward(torch.randn(2, 3, 4), torch.zeros(2, 3, 6));
} else {
  deep_0.forward(torch.randn(2, 3, 4), torch.zeros(1, 3, 6));
}
