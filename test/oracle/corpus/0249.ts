// oracle: seed 249, closed, runs cleanly
const { torch, nn } = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_0a = { inputSize: 6, hiddenSize: 2, numLayers: 1 };
const a_0 = new nn.GRU({ ...hp_0a, numLayers: 1, batchFirst: true, bidirectional: true });
const hp_0b = { inputSize: 9, hiddenSize: 4, numLayers: 1 };
const b_0 = new nn.GRU({ ...hp_0b, numLayers: 1, batchFirst: true });
const oa_0 = apply_0(a_0, torch.randn(2, 3, 6));
const ob_0 = apply_0(b_0, torch.randn(3, 2, 9));

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(3, 2, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(2, -1);
