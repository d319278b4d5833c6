// oracle: seed 14, closed, raises at 17: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(4, 3);
const cell_0 = new nn.GRUCell(4, 3);
const x_0 = torch.randn(3, 4);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const m_1 = new nn.GRU(3, 2);
const [o_1] = m_1.forward(torch.randn(4, 3, 3));
const v_1 = o_1.transpose(1, 2).view(4, 6, -1);
const s_1 = torch.zeros(...v_1.shape);
