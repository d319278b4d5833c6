// oracle: seed 154, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.RNNCell(4, 4);
const xs_0 = torch.randn(1, 2, 4);
let h_0 = torch.zeros(2, 4);
for (let t_0 = 0; t_0 < 0; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 0) h_0 = torch.zeros(2, 5);
}

const rnn_1 = new nn.GRU(6, 4);
const cell_1 = new nn.GRUCell(6, 4);
const x_1 = torch.randn(4, 3, 6);
const deep_1 = new nn.GRU(6, 4, 1);
if (1 > 1) {
  deep_1.forward(torch.randn(2, 3, 6), torch.zeros(2, 3, 4));
} else {
  deep_1.forward(torch.randn(2, 3, 6), torch.zeros(1, 3, 4));
}

const cell_2 = new nn.LSTMCell(4, 7);
const xs_2 = torch.randn(4, 3, 4);
let h_2 = torch.zeros(3, 7);
let c_2 = torch.zeros(3, 7);
for (let t_2 = 0; t_2 < 4; t_2++) {
  if (t_2 % 2 === 1) continue;
  [h_2, c_2] = cell_2.forward(xs_2.select(0, t_2), [h_2, c_2]);
}
