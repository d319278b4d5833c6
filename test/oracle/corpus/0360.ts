// oracle: seed 360, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.RNN(8, 7, { numLayers: 2, batchFirst: true, bidirectional: false });
const x_0 = torch.rand(1, 6, 8);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(7, 3);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(0) * st_0.size(0);

const cfg_1 = { inputSize: 7, hiddenSize: 6, numLayers: 2 };
if (cfg_1.inputSize > 8) cfg_1.numLayers = 2;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(4, 1, 7), torch.zeros(2, 1, 6));
