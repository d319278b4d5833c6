// oracle: seed 308, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(rnnlens.torch.randn(4, 1, 4));
const r_0_0 = h_0.squeeze();
const r_0_1 = o_0.slice(0, 1, 4);
const r_0_2 = o_0.slice(0, 1, 4);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const rnn_1 = new rnnlens.nn.GRU(8, 8);
const cell_1 = new rnnlens.nn.GRUCell(8, 8);
const x_1 = rnnlens.torch.randn(3, 8);
let r_1;
if (x_1.dim() === 3) {
  [r_1] = rnn_1.forward(x_1);
} else {
  r_1 = cell_1.forward(x_1);
}

const opts_2 = { layers: 1 };
const m_2 = new rnnlens.nn.GRU(6, 6, opts_2?.layers ?? 1);
m_2.forward(rnnlens.torch.randn(2, 2, 6), rnnlens.torch.zeros(opts_2.layers, 2, 6));
