// oracle: seed 124, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(6, 5), new rnnlens.nn.RNN(5, 4), new rnnlens.nn.RNN(4, 7)];
let y_0 = rnnlens.torch.randn(1, 1, 6);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
