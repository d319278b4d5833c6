// oracle: seed 5, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(rnnlens.torch.randn(3, 1, 4));
const r_0_0 = o_0.slice(0, 0, 3);
const r_0_1 = o_0.permute(2, 0, 1).contiguous();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const m_1 = new rnnlens.nn.LSTM(4, 3);
const [o_1, [h_1, c_1]] = m_1.forward(rnnlens.torch.randn(2, 1, 4));
const r_1_0 = o_1.permute(2, 0, 1).contiguous();
const r_1_1 = o_1.select(1, 0).t();
const r_1_2 = o_1.reshape(2, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const m_2 = new rnnlens.nn.LSTM(6, 2, { numLayers: 3, batch_first: true });
const x_2 = rnnlens.torch.rand([1, 6, 6]);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new rnnlens.nn.Linear(2, 2);
const y_2 = head_2.forward(out_2);
const n_2 = out_2.size(-1) * st_2[0].size(0);
