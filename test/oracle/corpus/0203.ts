// oracle: seed 203, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.GRU(2, 6), new rnnlens.nn.GRU(6, 8), new rnnlens.nn.GRU(8, 7)];
let y_0 = rnnlens.torch.randn(5, 1, 2);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
