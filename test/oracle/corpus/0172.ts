// oracle: seed 172, closed, runs cleanly
import { torch, nn } from "rnnlens";

const pair_0 = [new nn.GRU(5, 3), new nn.GRU(3, 3)];
pair_0[0].forward(torch.randn(2, 2, 5));
