// oracle: seed 97, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(5, 3);
Promise.resolve(torch.randn(2, 3, 5)).then((x) => m_0.forward(x));
