// oracle: seed 59, closed, raises at 18: input has inconsistent input_size: got 8 expected 7
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.RNN({ inputSize: 3, hidden_size: 7, batchFirst: true });
const shape_0_3264 = [1, 1, 3];
const x_0 = torch.zeros(...shape_0_3264);
const shape_0_9320 = [1, 1, 7];
const [out_0, st_0] = m_0.forward(x_0, torch.zeros(...shape_0_9320));

const rnn_1 = new nn.GRU(7, 5);
const cell_1 = new nn.GRUCell(7, 5);
const x_1 = torch.randn(3, 8);
let r_1;
if (x_1.dim() === 3) {
  [r_1] = rnn_1.forward(x_1);
} else {
  r_1 = cell_1.forward(x_1);
}
