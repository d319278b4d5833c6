// oracle: seed 105, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 3);
const [o_0] = m_0.forward(torch.randn(4, 3, 3));
const v_0 = o_0.transpose(1, 2).view(4, 3, -1);
