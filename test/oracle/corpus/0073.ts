// oracle: seed 73, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(3, 2);
const [o_0] = m_0.forward(rnnlens.torch.randn(2, 4, 3));
const v_0 = o_0.transpose(0, 1).contiguous().view(4, -1);
const s_0 = rnnlens.torch.zeros(...v_0.shape);

const m_1 = new rnnlens.nn.GRU(3, 4);
const [o_1] = m_1.forward(rnnlens.torch.randn(2, 2, 3));
const v_1 = o_1.permute(1, 0, 2).view(2, 2, 4);

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_2 = new rnnlens.nn.GRU(2, 4, { batchFirst: true });
const b_2 = new rnnlens.nn.GRU(4, 8, { num_layers: 2, bidirectional: true });
const oa_2 = apply_2(a_2, rnnlens.torch.rand([2, 3, 2]));
const ob_2 = apply_2(b_2, rnnlens.torch.ones(2, 3, 4));
