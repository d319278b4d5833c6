// oracle: seed 398, closed, raises at 9: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(5, 2);
const outs_0 = [rnnlens.torch.randn(2, 3, 5), rnnlens.torch.randn(2, 3, 5)].map((x) => m_0.forward(x)[0]);

const m_1 = new rnnlens.nn.GRU(3, 6);
const [o_1] = m_1.forward(rnnlens.torch.randn(3, 3, 3));
const v_1 = o_1.transpose(0, 1).view(3, -1);
