// oracle: seed 20, closed, runs cleanly
import rnnlens = require("rnnlens");

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const hp_0a = { inputSize: 5, hiddenSize: 3, numLayers: 1 };
const a_0 = new rnnlens.nn.RNN({ ...hp_0a, numLayers: 2, batchFirst: false, bidirectional: false });
const b_0 = new rnnlens.nn.RNN({ inputSize: 3, hiddenSize: 3, bidirectional: true });
const shape_0_1422 = [3, 2, 5];
const oa_0 = apply_0(a_0, rnnlens.torch.randn(...shape_0_1422));
const ob_0 = apply_0(b_0, rnnlens.torch.randn(2, 3, 3));

let feats_1 = 5;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 3;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, feats_1));
