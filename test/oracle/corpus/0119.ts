// oracle: seed 119, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 7, got 14
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.GRU(8, 4), new rnnlens.nn.GRU(4, 7)];
let y_0 = rnnlens.torch.randn(2, 2, 8);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new rnnlens.nn.Linear(7, 3).forward(y_0);

const m_1 = new rnnlens.nn.GRU(7, 5);
[rnnlens.torch.randn(2, 3, 7), rnnlens.torch.randn(2, 3, 14)].forEach((x) => m_1.forward(x));

const layers_2 = [new rnnlens.nn.RNN(2, 7), new rnnlens.nn.RNN(7, 6), new rnnlens.nn.RNN(6, 5)];
let y_2 = rnnlens.torch.randn(4, 1, 2);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
