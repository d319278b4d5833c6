// oracle: seed 28, closed, raises at 10: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(7, 3);
setTimeout(() => m_0.forward(torch.randn(2, 3, 7)), 0);

const m_1 = new nn.GRU(3, 6);
const [o_1] = m_1.forward(torch.randn(3, 4, 3));
const v_1 = o_1.transpose(1, 2).view(3, 24, -1);
const s_1 = torch.zeros(...v_1.shape);

const m_2 = new nn.GRU(3, 3);
const [o_2] = m_2.forward(torch.randn(4, 2, 3));
const v_2 = o_2.transpose(1, 2).view(4, 6, -1);
const s_2 = torch.zeros(...v_2.shape);
