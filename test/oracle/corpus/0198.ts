// oracle: seed 198, closed, raises at 12: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(2, 2, 4));
const r_0_0 = o_0.flatten(1, 1);
const r_0_1 = o_0.slice(0, 1, 2);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const m_1 = new rl.nn.GRU(3, 4);
const [o_1] = m_1.forward(rl.torch.randn(3, 4, 3));
const v_1 = o_1.transpose(0, 1).view(4, -1);
