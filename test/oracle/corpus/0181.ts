// oracle: seed 181, closed, raises at 6: input.size(-1) must be equal to input_size. Expected 5, got 2
import * as rl from "rnnlens";
const { torch, nn } = rl;

const pair_0 = [new nn.GRU(5, 2), new nn.GRU(2, 2)];
pair_0[0].forward(torch.randn(2, 2, 2));

const m_1 = new nn.GRU(3, 4);
const [o_1] = m_1.forward(torch.randn(4, 4, 3));
const v_1 = o_1.transpose(0, 1).view(4, -1);
