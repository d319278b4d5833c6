// oracle: seed 279, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(3, 2, 3));
const v_0 = o_0.transpose(1, 2).view(3, 3, -1);

const m_1 = new nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(3, 2, 4));
const r_1_0 = h_1.squeeze();
const r_1_1 = torch.zeros(2 / 2, 5);
const r_1_2 = o_1.slice(0, 0, 1);
const r_1_3 = o_1.reshape(6, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);
