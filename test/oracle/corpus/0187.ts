// oracle: seed 187, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(2, 5);
Promise.resolve(rl.torch.randn(2, 3, 2)).then((x) => m_0.forward(x));
