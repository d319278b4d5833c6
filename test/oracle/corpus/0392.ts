// oracle: seed 392, closed, runs cleanly
import rl from "rnnlens";

const cfg_0 = { inputSize: 6, hiddenSize: 4, numLayers: 1 };
function setLayers_0(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_0(cfg_0, 3);
const m_0 = new rl.nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(3, 4, 6), rl.torch.zeros(cfg_0.numLayers, 4, 4));
