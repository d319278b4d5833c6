// oracle: seed 220, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 5;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const cfg_1 = { inputSize: 9, hiddenSize: 3, numLayers: 2 };
const alias_1 = cfg_1;
alias_1.numLayers = 1;
const m_1 = new nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(3, 1, 9), torch.zeros(cfg_1.numLayers, 1, 3));

let feats_2 = 3;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
