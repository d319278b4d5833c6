// oracle: seed 216, closed, runs cleanly
import { torch, nn } from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_0 = new nn.RNN({ inputSize: 4, hidden_size: 8 });
const hp_0b = { inputSize: 2, hiddenSize: 4, numLayers: 3 };
const b_0 = new nn.RNN({ ...hp_0b, numLayers: 3, batch_first: false });
const oa_0 = apply_0(a_0, torch.zeros(3, 2, 4));
const ob_0 = apply_0(b_0, torch.ones(2, 3, 2));

let feats_1 = 3;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));
