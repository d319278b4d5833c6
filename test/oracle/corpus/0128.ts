// oracle: seed 128, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(4, 2);
setTimeout(() => m_0.forward(torch.randn(2, 3, 4)), 4);
