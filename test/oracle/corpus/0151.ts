// oracle: seed 151, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 5, hiddenSize: 8, numLayers: 2 };
Object.assign(cfg_0, { numLayers: 2 });
const m_0 = new rl.nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(2, 4, 5), rl.torch.zeros(cfg_0.numLayers, 4, 8));
