// oracle: seed 233, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(7, 2);
const outs_0 = [rl.torch.randn(2, 3, 7), rl.torch.randn(2, 3, 7)].map((x) => m_0.forward(x)[0]);
