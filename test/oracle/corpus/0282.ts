// oracle: seed 282, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(3, 2);
const [o_0] = m_0.forward(torch.randn(2, 4, 3));
const v_0 = o_0.transpose(0, 1).reshape(4, -1);
const s_0 = torch.zeros(...v_0.shape);
