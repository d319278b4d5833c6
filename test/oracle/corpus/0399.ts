// oracle: seed 399, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(2, 5);
[rl.torch.randn(2, 3, 2), rl.torch.randn(2, 3, 2)].forEach((x) => m_0.forward(x));
