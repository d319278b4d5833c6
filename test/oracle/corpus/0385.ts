// oracle: seed 385, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 5, hiddenSize: 6, numLayers: 1 };
cfg_0["numLayers"] = 2;
const m_0 = new nn.GRU(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(torch.randn(1, 3, 5), torch.zeros(cfg_0.numLayers, 3, 6));

const layers_1 = [new nn.GRU(8, 4), new nn.GRU(4, 4)];
let y_1 = torch.randn(5, 1, 8);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
const z_1 = new nn.Linear(4, 3).forward(y_1);
