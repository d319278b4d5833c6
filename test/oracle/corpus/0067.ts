// oracle: seed 67, closed, runs cleanly
import rl from "rnnlens";

let feats_0 = 3;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 1;
const m_0 = new rl.nn.GRU(feats_0, 4);
m_0.forward(rl.torch.randn(2, 2, feats_0));

const cfg_1 = { inputSize: 7, hiddenSize: 3, numLayers: 2 };
if (cfg_1.inputSize > 3) cfg_1.numLayers = 2;
const m_1 = new rl.nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(rl.torch.randn(2, 2, 7), rl.torch.zeros(cfg_1.numLayers, 2, 3));
