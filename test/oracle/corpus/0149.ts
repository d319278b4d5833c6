// oracle: seed 149, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(8, 4);
Promise.resolve(torch.randn(2, 3, 8)).then((x) => m_0.forward(x));

const m_1 = new nn.GRU(3, 3);
const [o_1] = m_1.forward(torch.randn(2, 3, 3));
const v_1 = o_1.transpose(0, 1).reshape(3, -1);
