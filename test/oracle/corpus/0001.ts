// oracle: seed 1, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(8, 8), new nn.RNN(8, 3), new nn.RNN(3, 6)];
let y_0 = torch.randn(3, 1, 8);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(6, 3).forward(y_0);
