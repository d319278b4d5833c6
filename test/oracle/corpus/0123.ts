// oracle: seed 123, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.GRU(3, 4), new rnnlens.nn.GRU(4, 7), new rnnlens.nn.GRU(7, 8)];
let y_0 = rnnlens.torch.randn(5, 1, 3);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
