// oracle: seed 82, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(6, 5), new rnnlens.nn.RNN(5, 4)];
let y_0 = rnnlens.torch.randn(3, 3, 6);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const m_1 = new rnnlens.nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(rnnlens.torch.randn(3, 2, 4));
const r_1_0 = o_1.flatten(0, -1);
const r_1_1 = o_1.flatten(0, -1);
const r_1_2 = o_1.slice(0, 1, 3);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
m_1.eval();
m_1.train();

const layers_2 = [new rnnlens.nn.RNN(5, 5)];
let y_2 = rnnlens.torch.randn(2, 3, 5);
for (const layer of layers_2) {
  [y_2] = layer.forward(y_2);
}
