// oracle: seed 222, closed, runs cleanly
import * as rl from "rnnlens";

const opts_0 = { layers: 1 };
const m_0 = new rl.nn.GRU(3, 5, opts_0?.layers ?? 1);
m_0.forward(rl.torch.randn(2, 2, 3), rl.torch.zeros(opts_0.layers, 2, 5));

const m_1 = new rl.nn.RNN(2, 5, 1);
const x_1 = rl.torch.zeros(4, 1, 2);
const [out_1, st_1] = m_1.forward(x_1);
const n_1 = out_1.size(-1) * st_1.size(0);
