// oracle: seed 303, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(5, 4), new rnnlens.nn.RNN(4, 6)];
let y_0 = rnnlens.torch.randn(3, 2, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const cell_1 = new rnnlens.nn.LSTMCell(2, 5);
const xs_1 = rnnlens.torch.randn(1, 3, 2);
let h_1 = rnnlens.torch.zeros(3, 5);
let c_1 = rnnlens.torch.zeros(3, 5);
let t_1 = 0;
while (t_1 < 1) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
  t_1 += 1;
}

const cell_2 = new rnnlens.nn.RNNCell(7, 5);
const xs_2 = rnnlens.torch.randn(1, 1, 7);
let h_2 = rnnlens.torch.zeros(1, 5);
for (let t_2 = 0; t_2 < 2; t_2++) {
  if (t_2 >= 0) break;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
