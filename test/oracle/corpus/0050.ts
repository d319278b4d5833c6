// oracle: seed 50, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(2, 2)];
let y_0 = torch.randn(2, 1, 2);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new nn.Linear(2, 3).forward(y_0);
