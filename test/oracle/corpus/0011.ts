// oracle: seed 11, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 6, got 8
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(6, 7);
const cell_0 = new nn.GRUCell(6, 7);
const x_0 = torch.randn(4, 3, 8);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const cell_1 = new nn.GRUCell(7, 4);
const xs_1 = torch.randn(2, 3, 7);
let h_1 = torch.zeros(3, 4);
let t_1 = 0;
while (t_1 < 2) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}
const out_1 = new nn.Linear(4, 2).forward(h_1);
