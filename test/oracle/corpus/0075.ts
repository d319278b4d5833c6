// oracle: seed 75, closed, runs cleanly
import * as rl from "rnnlens";

const maybe_0 = null;
maybe_0?.forward(rl.torch.randn(3, 1, 2));
