// oracle: seed 47, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(5, 5);
const cell_0 = new nn.GRUCell(5, 5);
const x_0 = torch.randn(4, 3, 5);
const deep_0 = new nn.GRU(5, 5, 1);
if (1 > 1) {
  deep_0.forward(torch.randn(2, 3, 5), torch.zeros(2, 3, 5));
} else {
  deep_0.forward(torch.randn(2, 3, 5), torch.zeros(1, 3, 5));
}
