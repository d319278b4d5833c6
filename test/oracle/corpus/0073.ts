// oracle: seed 73, open, raises at 19: input has inconsistent input_size: got 3 expected 4
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(3, 2);
const [o_0] = m_0.forward(rnnlens.torch.randn(2, 4, 3));
const v_0 = o_0.transpose(0, 1).contiguous().view(4, -1);
const s_0 = rnnlens.torch.zeros(...v_0.shape);

const m_1 = new rnnlens.nn.GRU(3, 4);
const [o_1] = m_1.forward(rnnlens.torch.randn(2, 2, 3));
const v_1 = o_1.permute(1, 0, 2).view(2, 2, 4);

const rnn_2 = new rnnlens.nn.GRU(4, 2);
const cell_2 = new rnnlens.nn.GRUCell(4, 2);
const x_2 = rnnlens.torch.randn(3, 3);
if (Date.now() < 0) {
  rnn_2.forward(rnnlens.torch.randn(2, 2, 5));
}
cell_2.forward(x_2);
