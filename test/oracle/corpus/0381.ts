// oracle: seed 381, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(3, 6);
[torch.randn(2, 3, 3), torch.randn(2, 3, 3)].forEach((x) => m_0.forward(x));

const cfg_1 = { inputSize: 9, hiddenSize: 2, numLayers: 1 };
Object.assign(cfg_1, { numLayers: 3 });
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(1, 4, 9), torch.zeros(cfg_1.numLayers, 4, 2));
