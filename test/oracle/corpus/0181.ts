// oracle: seed 181, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 5, got 2
import * as rl from "rnnlens";

const pair_0 = [new rl.nn.GRU(5, 2), new rl.nn.GRU(2, 2)];
pair_0[0].forward(rl.torch.randn(2, 2, 2));

const m_1 = new rl.nn.GRU(3, 4);
const [o_1] = m_1.forward(rl.torch.randn(4, 4, 3));
const v_1 = o_1.transpose(0, 1).view(4, -1);
