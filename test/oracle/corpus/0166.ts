// oracle: seed 166, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(2, 7), new rnnlens.nn.RNN(7, 8)];
let y_0 = rnnlens.torch.randn(3, 3, 2);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
