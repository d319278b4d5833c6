// oracle: seed 98, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 3, hiddenSize: 2, numLayers: 2 };
function setLayers_0(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_0(cfg_0, 2);
const m_0 = new nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(2, 1, 3), torch.zeros(cfg_0.numLayers, 1, 2));
