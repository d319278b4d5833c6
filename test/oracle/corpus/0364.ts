// oracle: seed 364, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(2, 2);
let late_0 = torch.randn(2, 3, 2);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = torch.randn(2, 3, 2);
