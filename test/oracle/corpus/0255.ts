// oracle: seed 255, closed, raises at 16: input.size(-1) must be equal to input_size. Expected 8, got 9
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.RNNCell(4, 6);
const xs_0 = torch.randn(1, 4, 4);
let h_0 = torch.zeros(4, 6);
let t_0 = 0;
while (t_0 < 1) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  t_0 += 1;
}
const out_0 = new nn.Linear(6, 2).forward(h_0);

const m_1 = new nn.GRU(8, 2);
[torch.randn(2, 3, 8), torch.randn(2, 3, 9)].forEach((x) => m_1.forward(x));

const rnn_2 = new nn.GRU(2, 6);
const cell_2 = new nn.GRUCell(2, 6);
const x_2 = torch.randn(4, 3, 2);
const deep_2 = new nn.GRU(2, 6, 1);
if (1 > 1) {
  deep_2.forward(torch.randn(2, 3, 2), torch.zeros(2, 3, 6));
} else {
  deep_2.forward(torch.randn(2, 3, 2), torch.zeros(1, 3, 6));
}
