// oracle: seed 66, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 2, 4));
const r_0_0 = c_0.select(0, 0);
const r_0_1 = torch.zeros(2 / 2, 5);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
