// oracle: seed 187, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(2, 5);
Promise.resolve(rnnlens.torch.randn(2, 3, 2)).then((x) => m_0.forward(x));
