// oracle: seed 219, closed, raises at 10: input has inconsistent input_size: got 3 expected 2
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.GRUCell(2, 3);
const xs_0 = torch.randn(4, 1, 3);
let h_0 = torch.zeros(1, 3);
for (let t_0 = 0; t_0 < 4; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const hp_1 = { inputSize: 3, hiddenSize: 8, numLayers: 2 };
const m_1 = new nn.RNN({ ...hp_1, numLayers: 2 });
const x_1 = torch.randn(6, 2, 3);
const shape_1_8504 = [2, 2, 8];
const [out_1, st_1] = m_1.forward(x_1, torch.zeros(...shape_1_8504));
const head_1 = new nn.Linear(8, 2);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 5);
