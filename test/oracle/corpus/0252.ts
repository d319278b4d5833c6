// oracle: seed 252, closed, raises at 12: input.size(-1) must be equal to input_size. Expected 5, got 7
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(8, 4);
Promise.resolve(torch.randn(2, 3, 8)).then((x) => m_0.forward(x));

const m_1 = new nn.GRU(5, 6);
let w_1 = 6;
[1, 2].forEach(() => {
  w_1 = 7;
});
m_1.forward(torch.randn(2, 3, w_1));
