// oracle: seed 296, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(5, 6);
const cell_0 = new nn.GRUCell(5, 6);
const x_0 = torch.randn(4, 3, 5);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const opts_1 = { layers: 1 };
const m_1 = new nn.GRU(8, 3, opts_1?.layers ?? 1);
m_1.forward(torch.randn(2, 2, 8), torch.zeros(opts_1.layers, 2, 3));

const m_2 = new nn.LSTM(4, 5);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(3, 2, 4));
const r_2_0 = o_2.flatten(1, 2);
const r_2_1 = o_2.select(1, 0).t();
const r_2_2 = torch.zeros(2 / 1, 5);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(-1);
