// oracle: seed 94, closed, runs cleanly
import * as rl from "rnnlens";

const opts_0 = { layers: 1 };
const m_0 = new rl.nn.GRU(6, 8, opts_0?.layers ?? 1);
m_0.forward(rl.torch.randn(2, 2, 6), rl.torch.zeros(opts_0.layers, 2, 8));
