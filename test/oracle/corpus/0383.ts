// oracle: seed 383, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(5, 2);
let late_0 = rnnlens.torch.randn(2, 3, 5);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = rnnlens.torch.randn(2, 3, 5);
