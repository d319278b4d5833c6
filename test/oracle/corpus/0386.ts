// oracle: seed 386, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(2, 2, 4));
const r_0_0 = o_0.slice(0, 1, 2);
const r_0_1 = o_0.select(1, 0).t();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const rnn_1 = new nn.GRU(7, 4);
const cell_1 = new nn.GRUCell(7, 4);
const x_1 = torch.randn(3, 7);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);
