// oracle: seed 178, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 2);
const [o_0] = m_0.forward(rl.torch.randn(4, 3, 3));
const v_0 = o_0.transpose(0, 1).view(3, -1);

let feats_1 = 5;
for (let i = 0; i < 1; i++) feats_1 = feats_1 + 2;
const m_1 = new rl.nn.GRU(feats_1, 4);
m_1.forward(rl.torch.randn(2, 2, feats_1));
