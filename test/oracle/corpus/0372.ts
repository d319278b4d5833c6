// oracle: seed 372, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 4, got 8
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(4, 5);
Promise.resolve(rl.torch.randn(2, 3, 8)).then((x) => m_0.forward(x));
