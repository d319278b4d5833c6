// oracle: seed 347, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 4;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const m_1 = new nn.LSTM(4, 5);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(4, 3, 4));
const r_1_0 = o_1.detach().clone().contiguous();
const r_1_1 = o_1.view(12 / 2, -1);
const r_1_2 = torch.zeros(3 / 1, 5);
const r_1_3 = o_1.view(12 / 2, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

const pair_2 = [new nn.GRU(3, 8), new nn.GRU(8, 8)];
pair_2[0].forward(torch.randn(2, 2, 3));
