// oracle: seed 374, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(7, 6);
let late_0 = torch.randn(2, 3, 8);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = torch.randn(2, 3, 7);
