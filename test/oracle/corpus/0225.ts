// oracle: seed 225, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 7, got 8
import { torch, nn } from "rnnlens";

const rnn_0 = new nn.GRU(7, 4);
const cell_0 = new nn.GRUCell(7, 4);
const x_0 = torch.randn(4, 3, 8);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const pair_1 = [new nn.GRU(8, 7), new nn.GRU(7, 7)];
pair_1[1].forward(torch.randn(2, 2, 7));
