// oracle: seed 192, closed, runs cleanly
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(8, 8);
const cell_0 = new nn.GRUCell(8, 8);
const x_0 = torch.randn(4, 3, 8);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const m_1 = new nn.GRU(7, 2);
[torch.randn(2, 3, 7), torch.randn(2, 3, 7)].forEach((x) => m_1.forward(x));
