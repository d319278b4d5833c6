// oracle: seed 248, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.LSTMCell(2, 7);
const xs_0 = rnnlens.torch.randn(1, 3, 2);
let h_0 = rnnlens.torch.zeros(3, 7);
let c_0 = rnnlens.torch.zeros(3, 7);
for (let t_0 = 0; t_0 < 1; t_0++) {
  if (t_0 % 2 === 1) continue;
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
}

const cell_1 = new rnnlens.nn.LSTMCell(4, 6);
const xs_1 = rnnlens.torch.randn(4, 2, 4);
let h_1 = rnnlens.torch.zeros(2, 6);
let c_1 = rnnlens.torch.zeros(2, 6);
let t_1 = 0;
while (t_1 < 4) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
  t_1 += 1;
}
const out_1 = new rnnlens.nn.Linear(6, 2).forward(h_1);

const rnn_2 = new rnnlens.nn.GRU(2, 3);
const cell_2 = new rnnlens.nn.GRUCell(2, 3);
const x_2 = rnnlens.torch.randn(3, 2);
const r_2 = x_2.dim() === 3 ? rnn_2.forward(x_2)[0] : cell_2.forward(x_2);
