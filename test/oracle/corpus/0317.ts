// oracle: seed 317, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(7, 4);
const outs_0 = [torch.randn(2, 3, 7), torch.randn(2, 3, 7)].map((x) => m_0.forward(x)[0]);
