// oracle: seed 160, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 4);
const [o_0] = m_0.forward(rl.torch.randn(4, 4, 3));
const v_0 = o_0.transpose(0, 1).reshape(4, -1);
