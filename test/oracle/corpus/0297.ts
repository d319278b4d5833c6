// oracle: seed 297, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 7, hiddenSize: 4, numLayers: 2 };
Object.assign(cfg_0, { numLayers: 1 });
const m_0 = new rl.nn.GRU(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(4, 2, 7), rl.torch.zeros(cfg_0.numLayers, 2, 4));
