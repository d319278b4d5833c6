// oracle: seed 293, closed, raises at 14: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.RNNCell(8, 7);
const xs_0 = torch.randn(2, 1, 8);
let h_0 = torch.zeros(1, 7);
for (let t_0 = 0; t_0 < 2; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(3, 4, 3));
const v_1 = o_1.transpose(0, 1).view(4, -1);
