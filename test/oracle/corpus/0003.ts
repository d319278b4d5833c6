// oracle: seed 3, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(2, 7);
const cell_0 = new nn.GRUCell(2, 7);
const x_0 = torch.randn(3, 2);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}
