// oracle: seed 189, closed, runs cleanly
import { torch, nn } from "rnnlens";

const maybe_0 = new nn.RNN(3, 8);
maybe_0?.forward(torch.randn(3, 1, 3));
