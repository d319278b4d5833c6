// oracle: seed 250, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(4, 4);
Promise.resolve(rnnlens.torch.randn(2, 3, 4)).then((x) => m_0.forward(x));
