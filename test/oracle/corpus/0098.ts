// oracle: seed 98, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 4, got 2
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(3, 2), new nn.RNN(4, 5)];
let y_0 = torch.randn(1, 1, 3);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
