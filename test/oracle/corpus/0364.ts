// oracle: seed 364, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(2, 2);
let late_0 = rl.torch.randn(2, 3, 2);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = rl.torch.randn(2, 3, 2);
