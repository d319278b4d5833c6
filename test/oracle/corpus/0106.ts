// oracle: seed 106, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 8, hiddenSize: 3, numLayers: 2 };
if (cfg_0.inputSize > 0) cfg_0.numLayers = 3;
const m_0 = new rl.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(3, 3, 8), rl.torch.zeros(cfg_0.numLayers, 3, 3));

const cfg_1 = { inputSize: 7, hiddenSize: 5, numLayers: 2 };
function setLayers_1(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_1(cfg_1, 3);
const m_1 = new rl.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rl.torch.randn(1, 3, 7), rl.torch.zeros(cfg_1.numLayers, 3, 5));
