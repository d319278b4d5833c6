// oracle: seed 53, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 1, 4));
const r_0_0 = h_0.squeeze();
const r_0_1 = o_0.reshape(4, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const m_1 = new nn.GRU(3, 3);
const [o_1] = m_1.forward(torch.randn(4, 4, 3));
const v_1 = o_1.view(16, 3);
const s_1 = torch.zeros(...v_1.shape);

const m_2 = new nn.LSTM(4, 2);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(3, 1, 4));
const r_2_0 = h_2.squeeze(0).unsqueeze(-1);
const r_2_1 = o_2.reshape(3, -1);
const n_2 = o_2.numel() + o_2.dim() + o_2.size(-1);
