// oracle: seed 223, closed, runs cleanly
const { torch, nn } = require("rnnlens");

let feats_0 = 5;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 6));

const cfg_1 = { inputSize: 6, hiddenSize: 9, numLayers: 2 };
cfg_1["numLayers"] = 2;
const m_1 = new nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(4, 2, 6), torch.zeros(cfg_1.numLayers, 2, 9));

const m_2 = new nn.GRU(6, 4);
let w_2 = 7;
[1, 2].forEach(() => {
  w_2 = 6;
});
m_2.forward(torch.randn(2, 3, w_2));
