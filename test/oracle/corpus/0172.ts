// oracle: seed 172, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(5, 2);
Promise.resolve(torch.randn(2, 3, 5)).then((x) => m_0.forward(x));
