// oracle: seed 283, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(2, 4)];
let y_0 = rnnlens.torch.randn(2, 2, 2);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new rnnlens.nn.Linear(4, 3).forward(y_0);

const opts_1 = { layers: 2 };
const m_1 = new rnnlens.nn.GRU(4, 7, opts_1?.layers ?? 1);
m_1.forward(rnnlens.torch.randn(2, 2, 4), rnnlens.torch.zeros(opts_1.layers, 2, 7));
