// oracle: seed 165, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cfg_0 = { inputSize: 7, hiddenSize: 7, numLayers: 2 };
cfg_0["numLayers"] = 3;
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(2, 4, 7), torch.zeros(cfg_0.numLayers, 4, 7));

let feats_1 = 2;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 2;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, feats_1));
