// oracle: seed 398, closed, raises at 9: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(5, 2);
const outs_0 = [rl.torch.randn(2, 3, 5), rl.torch.randn(2, 3, 5)].map((x) => m_0.forward(x)[0]);

const m_1 = new rl.nn.GRU(3, 6);
const [o_1] = m_1.forward(rl.torch.randn(3, 3, 3));
const v_1 = o_1.transpose(0, 1).view(3, -1);
