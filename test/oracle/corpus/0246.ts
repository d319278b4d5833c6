// oracle: seed 246, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 4);
const [o_0] = m_0.forward(torch.randn(4, 2, 3));
const v_0 = o_0.transpose(0, 1).view(2, -1);
const s_0 = torch.zeros(...v_0.shape);

const m_1 = new nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(2, 3, 4));
const r_1_0 = o_1.select(1, 0).t();
const r_1_1 = o_1.permute(0, 2, 1).contiguous();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const cell_2 = new nn.RNNCell(8, 7);
const xs_2 = torch.randn(2, 1, 8);
let h_2 = torch.zeros(1, 7);
for (let t_2 = 0; t_2 < 2; t_2++) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new nn.Linear(7, 2).forward(h_2);
