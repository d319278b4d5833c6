// oracle: seed 47, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(5, 5), new nn.RNN(5, 6)];
let y_0 = torch.randn(1, 1, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(6, 3).forward(y_0);
