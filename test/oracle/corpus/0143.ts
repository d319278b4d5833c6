// oracle: seed 143, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(5, 4), new rnnlens.nn.RNN(4, 5), new rnnlens.nn.RNN(5, 3)];
let y_0 = rnnlens.torch.randn(4, 2, 5);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new rnnlens.nn.Linear(3, 3).forward(y_0);

const m_1 = new rnnlens.nn.GRU(9, 4, { num_layers: 1, bidirectional: true, dropout: 0 });
const x_1 = rnnlens.torch.randn(3, 3, 9);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rnnlens.nn.Linear(8, 3);
const y_1 = head_1.forward(out_1);
