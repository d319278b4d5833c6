// oracle: seed 36, closed, raises at 7: zeros(): argument 'size' must be tuple of SymInts, but found element of type float at pos 1
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(4, 5);
const [o_0, [h_0, c_0]] = m_0.forward(rl.torch.randn(2, 3, 4));
const r_0_0 = o_0.slice(0, 0, 2);
const r_0_1 = rl.torch.zeros(3 / 2, 5);
const n_0 = o_0.numel() + o_0.dim() + o_0.size(0);
m_0.eval();
m_0.train();

const m_1 = new rl.nn.LSTM(4, 2);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(4, 1, 4));
const r_1_0 = rl.torch.zeros(1 / 1, 2);
const r_1_1 = o_1.view(4 / 3, -1);
const r_1_2 = h_1.squeeze(0).unsqueeze(1);
const r_1_3 = o_1.view(4 / 3, -1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

let feats_2 = 3;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 3;
const m_2 = new rl.nn.GRU(feats_2, 4);
m_2.forward(rl.torch.randn(2, 2, 3));
