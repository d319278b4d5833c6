// oracle: seed 263, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(4, 2);
Promise.resolve(torch.randn(2, 3, 4)).then((x) => m_0.forward(x));

const layers_1 = [new nn.RNN(4, 2), new nn.RNN(2, 7)];
let y_1 = torch.randn(3, 3, 4);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
