// oracle: seed 178, open, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(3, 2);
const [o_0] = m_0.forward(rnnlens.torch.randn(4, 3, 3));
const v_0 = o_0.transpose(0, 1).view(3, -1);

const rnn_1 = new rnnlens.nn.GRU(8, 5);
const cell_1 = new rnnlens.nn.GRUCell(8, 5);
const x_1 = rnnlens.torch.randn(4, 3, 16);
if (Date.now() < 0) {
  rnn_1.forward(rnnlens.torch.randn(2, 2, 9));
}
rnn_1.forward(x_1);
