// oracle: seed 218, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 7, got 8
import { torch, nn } from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 8));

const cfg_1 = { inputSize: 2, hiddenSize: 9, numLayers: 1 };
const alias_1 = cfg_1;
alias_1.numLayers = 1;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(5, 4, 2), torch.zeros(cfg_1.numLayers, 4, 9));
