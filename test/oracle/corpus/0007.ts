// oracle: seed 7, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 4);
const [o_0] = m_0.forward(torch.randn(4, 3, 3));
const v_0 = o_0.transpose(0, 1).reshape(3, -1);
const s_0 = torch.zeros(...v_0.shape);
