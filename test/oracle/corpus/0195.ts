// oracle: seed 195, open, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.GRU(8, 7)];
let y_0 = rnnlens.torch.randn(3, 1, 8);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

const rnn_1 = new rnnlens.nn.GRU(2, 2);
const cell_1 = new rnnlens.nn.GRUCell(2, 2);
const x_1 = rnnlens.torch.randn(3, 2);
if (Date.now() < 0) {
  rnn_1.forward(rnnlens.torch.randn(2, 2, 3));
}
cell_1.forward(x_1);
