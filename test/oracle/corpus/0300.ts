// oracle: seed 300, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(6, 2);
Promise.resolve(rnnlens.torch.randn(2, 3, 6)).then((x) => m_0.forward(x));
