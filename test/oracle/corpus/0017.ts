// oracle: seed 17, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(3, 2);
const cell_0 = new nn.GRUCell(3, 2);
const x_0 = torch.randn(4, 3, 3);
const deep_0 = new nn.GRU(3, 2, 1);
if (1 > 1) {
  deep_0.forward(torch.randn(2, 3, 3), torch.zeros(2, 3, 2));
} else {
  deep_0.forward(torch.randn(2, 3, 3), torch.zeros(1, 3, 2));
}
