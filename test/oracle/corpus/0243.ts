// oracle: seed 243, closed, runs cleanly
import * as rl from "rnnlens";

const pair_0 = [new rl.nn.GRU(3, 2), new rl.nn.GRU(2, 2)];
pair_0[0].forward(rl.torch.randn(2, 2, 3));
