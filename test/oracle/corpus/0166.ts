// oracle: seed 166, closed, raises at 9: input.size(-1) must be equal to input_size. Expected 2, got 4
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(2, 7);
const cell_0 = new nn.GRUCell(2, 7);
const x_0 = torch.randn(4, 3, 4);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}
