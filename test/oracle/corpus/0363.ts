// oracle: seed 363, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cfg_0 = { inputSize: 3, hiddenSize: 4, numLayers: 1 };
cfg_0["numLayers"] = 3;
const m_0 = new nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(5, 4, 3), torch.zeros(cfg_0.numLayers, 4, 4));

const cell_1 = new nn.RNNCell(4, 8);
const xs_1 = torch.randn(2, 2, 4);
let h_1 = torch.zeros(2, 8);
for (let t_1 = 0; t_1 < 4; t_1++) {
  if (t_1 >= 2) break;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
const out_1 = new nn.Linear(8, 2).forward(h_1);

const cell_2 = new nn.RNNCell(8, 6);
const xs_2 = torch.randn(1, 2, 8);
let h_2 = torch.zeros(2, 6);
for (let t_2 = 0; t_2 < 0; t_2++) {
  if (t_2 % 2 === 1) continue;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
