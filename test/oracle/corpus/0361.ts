// oracle: seed 361, closed, raises at 5: input.size(-1) must be equal to input_size. Expected 7, got 9
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(7, 3);
Promise.resolve(rl.torch.randn(2, 3, 9)).then((x) => m_0.forward(x));

const cfg_1 = { inputSize: 2, hiddenSize: 8, numLayers: 1 };
cfg_1["numLayers"] = 1;
const m_1 = new rl.nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(rl.torch.randn(1, 3, 2), rl.torch.zeros(cfg_1.numLayers, 3, 8));
