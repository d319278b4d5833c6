// oracle: seed 16, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 4, got 8
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(4, 3);
setTimeout(() => m_0.forward(torch.randn(2, 3, 8)), 2);
