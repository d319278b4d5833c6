// oracle: seed 394, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 2, 4));
const r_0_0 = o_0.reshape(8, -1);
const r_0_1 = o_0.flatten(1, 1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
