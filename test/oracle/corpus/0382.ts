// oracle: seed 382, closed, runs cleanly
import rnnlens = require("rnnlens");

const m_0 = new rnnlens.nn.GRU(8, 4);
let late_0 = rnnlens.torch.randn(2, 3, 8);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = rnnlens.torch.randn(2, 3, 8);

const cfg_1 = { inputSize: 3, hiddenSize: 3, numLayers: 2 };
function setLayers_1(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_1(cfg_1, 3);
const m_1 = new rnnlens.nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(rnnlens.torch.randn(4, 3, 3), rnnlens.torch.zeros(3, 3, 3));
