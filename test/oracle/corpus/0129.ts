// oracle: seed 129, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(5, 5);
const cell_0 = new rl.nn.GRUCell(5, 5);
const x_0 = rl.torch.randn(4, 3, 5);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);
