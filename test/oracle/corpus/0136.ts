// oracle: seed 136, open, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(4, 8);
const cell_0 = new nn.GRUCell(4, 8);
const x_0 = torch.randn(4, 3, 4);
if (Date.now() < 0) {
  rnn_0.forward(torch.randn(2, 2, 5));
}
rnn_0.forward(x_0);

const m_1 = new nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(3, 3, 4));
const r_1_0 = c_1.select(0, 0);
const r_1_1 = c_1.select(0, 0);
const r_1_2 = o_1.reshape(9, -1);
const r_1_3 = o_1.permute(1, 0, 2).contiguous();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
m_1.eval();
m_1.train();

const cell_2 = new nn.RNNCell(8, 4);
const xs_2 = torch.randn(4, 1, 8);
let h_2 = torch.zeros(1, 4);
for (let t_2 = 0; t_2 < 4; t_2++) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new nn.Linear(4, 2).forward(h_2);
