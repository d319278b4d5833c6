// oracle: seed 155, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(7, 2);
const outs_0 = [torch.randn(2, 3, 7), torch.randn(2, 3, 7)].map((x) => m_0.forward(x)[0]);
