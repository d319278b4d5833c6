// oracle: seed 336, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 5;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const cfg_1 = { inputSize: 4, hiddenSize: 6, numLayers: 2 };
const alias_1 = cfg_1;
alias_1.numLayers = 2;
const m_1 = new nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(2, 3, 4), torch.zeros(cfg_1.numLayers, 3, 6));
