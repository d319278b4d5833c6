// oracle: seed 276, closed, runs cleanly
import rnnlens = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new rnnlens.nn.GRU(8, 6, { numLayers: 1, dropout: 0 });
const b_0 = new rnnlens.nn.RNN(4, 3, { num_layers: 2, batchFirst: true, bidirectional: false });
const oa_0 = apply_0(a_0, rnnlens.torch.zeros(3, 2, 8));
const ob_0 = apply_0(b_0, rnnlens.torch.rand(3, 2, 4));

const m_1 = new rnnlens.nn.GRU(3, 6);
const [o_1] = m_1.forward(rnnlens.torch.randn(2, 4, 3));
const dims_1 = [2, 24];
const v_1 = o_1.view(...dims_1);
const s_1 = rnnlens.torch.zeros(...v_1.shape);

const m_2 = new rnnlens.nn.GRU(7, 6, { numLayers: 3 });
const x_2 = rnnlens.torch.rand(4, 2, 7);
const [out_2, st_2] = m_2.forward(x_2);
const n_2 = out_2.size(2) * st_2.size(0);
