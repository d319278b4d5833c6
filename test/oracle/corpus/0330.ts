// oracle: seed 330, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const rnn_0 = new nn.GRU(4, 6);
const cell_0 = new nn.GRUCell(4, 6);
const x_0 = torch.randn(4, 3, 4);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const m_1 = new nn.RNN(3, 5, { num_layers: 2, batch_first: true });
const x_1 = torch.zeros([1, 2, 3]);
const [out_1, st_1] = m_1.forward(x_1);
