// oracle: seed 113, closed, raises at 13: Expected hidden size (1, 4, 4), got [1, 4, 3]
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.GRU(4, 5), new rnnlens.nn.GRU(5, 2), new rnnlens.nn.GRU(2, 5)];
let y_0 = rnnlens.torch.randn(3, 3, 4);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const { GRU: GRU_1 } = rnnlens.nn;
const m_1 = new GRU_1(9, 4);
const x_1 = rnnlens.torch.ones(5, 4, 9);
const [out_1, st_1] = m_1.forward(x_1, rnnlens.torch.zeros(1, 4, 3));
const head_1 = new rnnlens.nn.Linear(4, 5);
const y_1 = head_1.forward(out_1);
const n_1 = out_1.size(2) * st_1.size(0);

const layers_2 = [new rnnlens.nn.GRU(4, 2), new rnnlens.nn.GRU(3, 3), new rnnlens.nn.GRU(3, 7)];
let y_2 = rnnlens.torch.randn(2, 3, 4);
for (const layer of layers_2) {
  [y_2] = layer.forward(y_2);
}
