// oracle: seed 229, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 3, got 4
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 4));

const cfg_1 = { inputSize: 7, hiddenSize: 4, numLayers: 1 };
cfg_1.numLayers = 3;
const m_1 = new nn.GRU(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(4, 4, 7), torch.zeros(3, 4, 4));

const cfg_2 = { inputSize: 8, hiddenSize: 2, numLayers: 2 };
const alias_2 = cfg_2;
alias_2.numLayers = 3;
const m_2 = new nn.RNN(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(torch.randn(5, 4, 8), torch.zeros(cfg_2.numLayers, 4, 2));
