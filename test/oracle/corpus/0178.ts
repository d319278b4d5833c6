// oracle: seed 178, open, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 2);
const [o_0] = m_0.forward(rl.torch.randn(4, 3, 3));
const v_0 = o_0.transpose(0, 1).view(3, -1);

const rnn_1 = new rl.nn.GRU(8, 5);
const cell_1 = new rl.nn.GRUCell(8, 5);
const x_1 = rl.torch.randn(4, 3, 16);
if (Date.now() < 0) {
  rnn_1.forward(rl.torch.randn(2, 2, 9));
}
rnn_1.forward(x_1);
