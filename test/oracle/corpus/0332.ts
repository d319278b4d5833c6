// oracle: seed 332, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(4, 4), new rnnlens.nn.RNN(4, 4)];
let y_0 = rnnlens.torch.randn(5, 2, 4);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const rnn_1 = new rnnlens.nn.GRU(7, 3);
const cell_1 = new rnnlens.nn.GRUCell(7, 3);
const x_1 = rnnlens.torch.randn(4, 3, 7);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);
