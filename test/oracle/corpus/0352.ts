// oracle: seed 352, closed, runs cleanly
import rnnlens = require("rnnlens");

const rnn_0 = new rnnlens.nn.GRU(5, 8);
const cell_0 = new rnnlens.nn.GRUCell(5, 8);
const x_0 = rnnlens.torch.randn(4, 3, 5);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

let feats_1 = 3;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 1;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, feats_1));
