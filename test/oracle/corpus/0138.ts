// oracle: seed 138, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(5, 6);
Promise.resolve(torch.randn(2, 3, 5)).then((x) => m_0.forward(x));

const cfg_1 = { inputSize: 8, hiddenSize: 8, numLayers: 1 };
cfg_1["numLayers"] = 1;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(1, 2, 8), torch.zeros(cfg_1.numLayers, 2, 8));

let feats_2 = 3;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 3;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
