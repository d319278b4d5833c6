// oracle: seed 266, closed, raises at 20: Expected hidden size (1, 1, 2), got [2, 1, 2]
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.LSTM(4, 3);
const [o_0, [h_0, c_0]] = m_0.forward(rnnlens.torch.randn(2, 3, 4));
const r_0_0 = o_0.select(1, 0).t();
const r_0_1 = o_0.select(1, 0).t();
const r_0_2 = o_0.permute(0, 2, 1).contiguous();
const n_0 = o_0.numel() + o_0.dim() + o_0.size(-1);

const m_1 = new rnnlens.nn.LSTM(4, 2);
const [o_1, [h_1, c_1]] = m_1.forward(rnnlens.torch.randn(3, 1, 4));
const r_1_0 = o_1.flatten(0, 1);
const r_1_1 = o_1.permute(1, 0, 2).contiguous();
const r_1_2 = o_1.detach().clone().contiguous();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(0);

const m_2 = new rnnlens.nn.GRU({ inputSize: 4, hidden_size: 2, bidirectional: false });
const x_2 = rnnlens.torch.ones(4, 1, 4);
const [out_2, st_2] = m_2.forward(x_2, rnnlens.torch.randn([2, 1, 2]));
const n_2 = out_2.size(-1) * st_2.size(0);
