// oracle: seed 258, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(7, 5);
let late_0 = torch.randn(2, 3, 7);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = torch.randn(2, 3, 7);

const layers_1 = [new nn.RNN(8, 5)];
let y_1 = torch.randn(3, 2, 8);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
