// oracle: seed 156, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 4);
const [o_0] = m_0.forward(torch.randn(4, 2, 3));
const v_0 = o_0.permute(1, 0, 2).view(2, 4, 4);

const m_1 = new nn.GRU(7, 2);
Promise.resolve(torch.randn(2, 3, 7)).then((x) => m_1.forward(x));

const cell_2 = new nn.RNNCell(7, 4);
const xs_2 = torch.randn(1, 2, 7);
let h_2 = torch.zeros(2, 4);
for (let t_2 = 0; t_2 < 1; t_2++) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
