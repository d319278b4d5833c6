// oracle: seed 355, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(6, 4), new nn.RNN(4, 5), new nn.RNN(5, 5)];
let y_0 = torch.randn(4, 2, 6);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
