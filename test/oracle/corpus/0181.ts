// oracle: seed 181, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(5, 2);
[torch.randn(2, 3, 5), torch.randn(2, 3, 5)].forEach((x) => m_0.forward(x));

const rnn_1 = new nn.GRU(8, 6);
const cell_1 = new nn.GRUCell(8, 6);
const x_1 = torch.randn(4, 3, 8);
let r_1;
if (x_1.dim() === 3) {
  [r_1] = rnn_1.forward(x_1);
} else {
  r_1 = cell_1.forward(x_1);
}
