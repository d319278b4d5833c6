// oracle: seed 358, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(8, 5);
let w_0 = 9;
[1, 2].forEach(() => {
  w_0 = 8;
});
m_0.forward(torch.randn(2, 3, w_0));

const m_1 = new nn.GRU(3, 3);
const [o_1] = m_1.forward(torch.randn(4, 4, 3));
const dims_1 = [4, 12];
const v_1 = o_1.view(...dims_1);
const s_1 = torch.zeros(...v_1.shape);
