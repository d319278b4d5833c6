// oracle: seed 110, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 3, got 7
import { torch, nn } from "rnnlens";

const pair_0 = [new nn.GRU(7, 3), new nn.GRU(3, 3)];
pair_0[1].forward(torch.randn(2, 2, 7));

const m_1 = new nn.GRU(6, 2);
const outs_1 = [torch.randn(2, 3, 6), torch.randn(2, 3, 6)].map((x) => m_1.forward(x)[0]);

const pair_2 = [new nn.GRU(8, 7), new nn.GRU(7, 7)];
pair_2[0].forward(torch.randn(2, 2, 8));
