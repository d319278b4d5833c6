// oracle: seed 259, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 8, got 6
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(4, 6), new nn.RNN(8, 5)];
let y_0 = torch.randn(3, 2, 4);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new nn.Linear(7, 3).forward(y_0);
