// oracle: seed 74, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(3, 3, 3));
const v_0 = o_0.transpose(1, 2).view(3, 9, -1);

const pair_1 = [new nn.GRU(6, 8), new nn.GRU(8, 8)];
pair_1[0].forward(torch.randn(2, 2, 6));

const m_2 = new nn.LSTM(4, 4);
const [o_2, [h_2, c_2]] = m_2.forward(torch.randn(2, 3, 4));
const r_2_0 = torch.zeros(3 / 1, 4);
const r_2_1 = o_2.select(0, 2 / 2);
const r_2_2 = o_2.select(1, 0).t();
const r_2_3 = o_2.detach().clone().contiguous();
const n_2 = o_2.numel() + o_2.dim() + o_2.size(0);
