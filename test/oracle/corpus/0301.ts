// oracle: seed 301, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(8, 5);
[torch.randn(2, 3, 8), torch.randn(2, 3, 8)].forEach((x) => m_0.forward(x));
