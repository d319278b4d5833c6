// oracle: seed 177, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(6, 7);
const cell_0 = new nn.GRUCell(6, 7);
const x_0 = torch.randn(4, 3, 6);
const deep_0 = new nn.GRU(6, 7, 1);
if (1 > 1) {
  deep_0.forward(torch.randn(2, 3, 6), torch.zeros(2, 3, 7));
} else {
  deep_0.forward(torch.randn(2, 3, 6), torch.zeros(1, 3, 7));
}
