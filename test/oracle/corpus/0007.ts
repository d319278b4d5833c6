// oracle: seed 7, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 4);
const [o_0] = m_0.forward(torch.randn(4, 3, 3));
const v_0 = o_0.permute(1, 0, 2).view(3, 4, 4);
const s_0 = torch.zeros(...v_0.shape);
