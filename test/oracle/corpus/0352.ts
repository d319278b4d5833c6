// oracle: seed 352, closed, runs cleanly
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(5, 8)];
let y_0 = rnnlens.torch.randn(3, 1, 5);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new rnnlens.nn.Linear(8, 3).forward(y_0);

const m_1 = new rnnlens.nn.RNN(3, 7, { batchFirst: true });
const x_1 = rnnlens.torch.rand(3, 6, 3);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rnnlens.nn.Linear(7, 4);
const y_1 = head_1.forward(out_1);
const n_1 = out_1.size(2) * st_1.size(0);
