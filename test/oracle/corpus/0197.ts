// oracle: seed 197, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(8, 6);
setTimeout(() => m_0.forward(rl.torch.randn(2, 3, 8)), 1);
