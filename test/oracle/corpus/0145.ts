// oracle: seed 145, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(8, 4);
setTimeout(() => m_0.forward(torch.randn(2, 3, 8)), 7);

const layers_1 = [new nn.RNN(2, 7), new nn.RNN(7, 8), new nn.RNN(8, 7)];
let y_1 = torch.randn(3, 2, 2);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
