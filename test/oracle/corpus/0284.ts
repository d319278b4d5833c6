// oracle: seed 284, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 2);
const [o_0] = m_0.forward(torch.randn(2, 3, 3));
const v_0 = o_0.transpose(1, 2).view(2, 6, -1);
const s_0 = torch.zeros(...v_0.shape);

const pair_1 = [new nn.GRU(6, 6), new nn.GRU(6, 6)];
pair_1[1].forward(torch.randn(2, 2, 6));
