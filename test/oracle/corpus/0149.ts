// oracle: seed 149, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const opts_0 = { layers: 1 };
const m_0 = new nn.GRU(8, 5, opts_0?.layers ?? 1);
m_0.forward(torch.randn(2, 2, 8), torch.zeros(opts_0.layers, 2, 5));

const m_1 = new nn.GRU(3, 3);
const [o_1] = m_1.forward(torch.randn(2, 3, 3));
const v_1 = o_1.transpose(0, 1).reshape(3, -1);
