// oracle: seed 211, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(3, 6);
const cell_0 = new rl.nn.GRUCell(3, 6);
const x_0 = rl.torch.randn(3, 3);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const m_1 = new rl.nn.GRU(6, 3);
[rl.torch.randn(2, 3, 6), rl.torch.randn(2, 3, 6)].forEach((x) => m_1.forward(x));
