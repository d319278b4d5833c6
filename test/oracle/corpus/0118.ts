// oracle: seed 118, closed, raises at 13: Expected hidden size (1, 2, 6), got [2, 2, 5]
import { torch, nn } from "rnnlens";

const m_0 = new nn.LSTM(4, 2);
const [o_0, [h_0, c_0]] = m_0.forward(torch.randn(4, 1, 4));
const r_0_0 = o_0.permute(2, 0, 1).contiguous();
const r_0_1 = o_0.reshape(4, -1);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);

const m_1 = new nn.RNN(5, 6);
const x_1 = torch.randn([6, 2, 5]);
const shape_1_2820 = [2, 2, 5];
const [out_1, st_1] = m_1.forward(x_1, torch.zeros(...shape_1_2820));
const head_1 = new nn.Linear(6, 2);
const y_1 = head_1.forward(out_1);
