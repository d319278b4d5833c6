// oracle: seed 237, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(7, 4)];
let y_0 = torch.randn(2, 3, 7);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
