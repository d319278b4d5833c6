// oracle: seed 122, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(5, 5);
setTimeout(() => m_0.forward(torch.randn(2, 3, 5)), 1);

const layers_1 = [new nn.GRU(2, 6)];
let y_1 = torch.randn(2, 1, 2);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
