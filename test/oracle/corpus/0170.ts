// oracle: seed 170, closed, raises at 10: Expected hidden size (3, 1, 8), got [2, 1, 8]
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 9, hiddenSize: 8, numLayers: 2 };
function setLayers_0(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_0(cfg_0, 3);
const m_0 = new rnnlens.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(4, 1, 9), rnnlens.torch.zeros(2, 1, 8));

const m_1 = new rnnlens.nn.GRU(7, 3);
let w_1 = 8;
[1, 2].forEach(() => {
  w_1 = 7;
});
m_1.forward(rnnlens.torch.randn(2, 3, w_1));
