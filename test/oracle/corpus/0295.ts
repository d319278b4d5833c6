// oracle: seed 295, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 9, hiddenSize: 4, numLayers: 2 };
const alias_0 = cfg_0;
alias_0.numLayers = 2;
const m_0 = new rnnlens.nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(4, 4, 9), rnnlens.torch.zeros(2, 4, 4));

const byName_1 = new Map();
byName_1.set("enc", new rnnlens.nn.LSTM(4, 8));
byName_1.get("enc").forward(rnnlens.torch.randn(2, 2, 4));

const cfg_2 = { inputSize: 3, hiddenSize: 3, numLayers: 1 };
function setLayers_2(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_2(cfg_2, 1);
const m_2 = new rnnlens.nn.GRU(cfg_2);
const [o_2, h_2] = m_2.forward(rnnlens.torch.randn(4, 1, 3), rnnlens.torch.zeros(1, 1, 3));
