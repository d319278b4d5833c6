// oracle: seed 54, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(4, 7, { num_layers: 2 });
const shape_0_8606 = [3, 1, 4];
const x_0 = rl.torch.ones(...shape_0_8606);
const [out_0, st_0] = m_0.forward(x_0, rl.torch.rand([2, 1, 7]));
const head_0 = new rl.nn.Linear(7, 3);
const y_0 = head_0.forward(out_0);

const cfg_1 = { inputSize: 9, hiddenSize: 3, numLayers: 2 };
if (cfg_1.inputSize > 1) cfg_1.numLayers = 2;
const m_1 = new rl.nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(rl.torch.randn(2, 2, 9), rl.torch.zeros(cfg_1.numLayers, 2, 3));
