// oracle: seed 163, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cfg_0 = { inputSize: 7, hiddenSize: 3, numLayers: 1 };
Object.assign(cfg_0, { numLayers: 1 });
const m_0 = new nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(3, 2, 7), torch.zeros(cfg_0.numLayers, 2, 3));

const m_1 = new nn.LSTM(4, 3);
const [o_1, [h_1, c_1]] = m_1.forward(torch.randn(2, 3, 4));
const r_1_0 = o_1.select(1, 0).t();
const r_1_1 = o_1.flatten(0, -1);
const r_1_2 = o_1.view(6 / 1, -1);
const r_1_3 = o_1.select(1, 0).t();
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);

const cell_2 = new nn.RNNCell(5, 6);
const xs_2 = torch.randn(1, 2, 5);
let h_2 = torch.zeros(2, 6);
let t_2 = 0;
while (t_2 < 0) {
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
  if (t_2 === 1) h_2 = torch.zeros(2, 7);
  t_2 += 1;
}
