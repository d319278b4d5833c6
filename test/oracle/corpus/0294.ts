// oracle: seed 294, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(3, 2);
const [o_0] = m_0.forward(rnnlens.torch.randn(2, 4, 3));
const v_0 = o_0.transpose(1, 2).view(2, 8, -1);
