// oracle: seed 203, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(2, 6), new nn.GRU(6, 8), new nn.GRU(8, 7)];
let y_0 = torch.randn(5, 1, 2);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
