// oracle: seed 8, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(6, 5);
const xs_0 = torch.randn(1, 4, 6);
let h_0 = torch.zeros(4, 5);
let c_0 = torch.zeros(4, 5);
for (let t_0 = 0; t_0 < 0; t_0++) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  if (t_0 === 1) h_0 = torch.zeros(4, 6);
}

const cfg_1 = { inputSize: 3, hiddenSize: 9, numLayers: 2 };
cfg_1.numLayers = 1;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(1, 3, 3), torch.zeros(1, 3, 9));
