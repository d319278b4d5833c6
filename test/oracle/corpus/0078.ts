// oracle: seed 78, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(6, 8), new nn.RNN(8, 8)];
let y_0 = torch.randn(2, 1, 6);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
