// oracle: seed 81, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 2, got 3
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(5, 2), new rnnlens.nn.RNN(2, 3), new rnnlens.nn.RNN(2, 8)];
let y_0 = rnnlens.torch.randn(3, 3, 5);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
