// oracle: seed 216, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(2, 3);
const cell_0 = new rl.nn.GRUCell(2, 3);
const x_0 = rl.torch.randn(4, 3, 2);
const r_0 = x_0.dim() === 3 ? rnn_0.forward(x_0)[0] : cell_0.forward(x_0);

const m_1 = new rl.nn.GRU(3, 3);
const [o_1] = m_1.forward(rl.torch.randn(4, 2, 3));
const dims_1 = [4, 6];
const v_1 = o_1.view(...dims_1);
