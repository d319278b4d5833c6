// oracle: seed 246, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(3, 4);
const [o_0] = m_0.forward(rnnlens.torch.randn(4, 2, 3));
const v_0 = o_0.transpose(0, 1).view(2, -1);
const s_0 = rnnlens.torch.zeros(...v_0.shape);

const cell_1 = new rnnlens.nn.GRUCell(2, 5);
for (let e = 0; e < 2; e++) {
  let h = rnnlens.torch.zeros(2, 5);
  for (let t = 0; t < 1; t++) {
    h = cell_1.forward(rnnlens.torch.randn(2, 2), h);
  }
}

let feats_2 = 4;
for (let i = 0; i < 1; i++) feats_2 = feats_2 + 1;
const m_2 = new rnnlens.nn.GRU(feats_2, 4);
m_2.forward(rnnlens.torch.randn(2, 2, 5));
