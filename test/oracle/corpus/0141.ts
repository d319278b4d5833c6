// oracle: seed 141, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(5, 7), new nn.GRU(7, 3), new nn.GRU(3, 5)];
let y_0 = torch.randn(1, 1, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(5, 3).forward(y_0);
