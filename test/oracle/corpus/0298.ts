// oracle: seed 298, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cfg_0 = { inputSize: 7, hiddenSize: 7, numLayers: 1 };
Object.assign(cfg_0, { numLayers: 2 });
const m_0 = new nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(1, 1, 7), torch.zeros(cfg_0.numLayers, 1, 7));

const layers_1 = [new nn.GRU(7, 8), new nn.GRU(8, 6), new nn.GRU(6, 6)];
let y_1 = torch.randn(1, 3, 7);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
