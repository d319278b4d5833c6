// oracle: seed 337, closed, raises at 8: select(): argument 'index' (position 2) must be int, not float
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 4);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(3, 1, 4));
const r_0_0 = h_0.squeeze();
const r_0_1 = h_0.squeeze();
const r_0_2 = o_0.select(0, 3 / 2);
const r_0_3 = o_0.permute(0, 2, 1).contiguous();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);
