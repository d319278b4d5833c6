// oracle: seed 353, closed, raises at 10: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 2);
const [o_0] = m_0.forward(torch.randn(2, 3, 3));
const v_0 = o_0.view(6, 2);

const m_1 = new nn.GRU(3, 6);
const [o_1] = m_1.forward(torch.randn(2, 2, 3));
const v_1 = o_1.transpose(0, 1).view(2, -1);
