// oracle: seed 161, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(5, 5);
let late_0 = rl.torch.randn(2, 3, 6);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = rl.torch.randn(2, 3, 5);
