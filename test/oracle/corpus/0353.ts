// oracle: seed 353, closed, raises at 9: input.size(-1) must be equal to input_size. Expected 8, got 16
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(3, 2);
const [o_0] = m_0.forward(torch.randn(2, 3, 3));
const v_0 = o_0.permute(1, 0, 2).view(3, 2, 2);

const m_1 = new nn.GRU(8, 2);
[torch.randn(2, 3, 8), torch.randn(2, 3, 16)].forEach((x) => m_1.forward(x));
