// oracle: seed 377, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.RNNCell(7, 3);
const xs_0 = torch.randn(4, 2, 7);
let h_0 = torch.zeros(2, 3);
for (let t_0 = 0; t_0 < 4; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new nn.Linear(3, 2).forward(h_0);

const m_1 = new nn.GRU(6, 4, { num_layers: 2, bidirectional: true });
const shape_1_8456 = [6, 4, 6];
const x_1 = torch.zeros(...shape_1_8456);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(8, 3);
const y_1 = head_1.forward(out_1);

const m_2 = new nn.LSTM(4, 2);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(3, 2, 4));
const r_2_0 = o_2.reshape(6, -1);
const r_2_1 = h_2.squeeze(0).unsqueeze(1);
const r_2_2 = h_2.squeeze();
const n_2 = o_2.numel() + o_2.dim() + o_2.size(-1);
