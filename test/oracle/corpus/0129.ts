// oracle: seed 129, closed, runs cleanly
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(5, 5);
const cell_0 = new nn.GRUCell(5, 5);
const x_0 = torch.randn(4, 3, 5);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);
