// oracle: seed 144, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.RNNCell(8, 4);
const xs_0 = torch.randn(1, 1, 8);
let h_0 = torch.zeros(1, 4);
for (let t_0 = 0; t_0 < 1; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const m_1 = new nn.LSTM(3, 2, { batch_first: false, bidirectional: true, dropout: 0 });
const shape_1_3574 = [2, 3, 3];
const x_1 = torch.ones(...shape_1_3574);
const [out_1, st_1] = m_1.forward(x_1, [torch.randn(2, 3, 2), torch.rand([2, 3, 2])]);
const head_1 = new nn.Linear(4, 2);
const y_1 = head_1.forward(out_1);
