// oracle: seed 17, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(3, 2), new rnnlens.nn.RNN(2, 7)];
let y_0 = rnnlens.torch.randn(4, 1, 3);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new rnnlens.nn.Linear(7, 3).forward(y_0);
