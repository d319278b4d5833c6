// oracle: seed 224, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.GRU(8, 7), new nn.GRU(7, 5)];
let y_0 = torch.randn(4, 2, 8);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new nn.Linear(5, 3).forward(y_0);

const cfg_1 = { inputSize: 9, hiddenSize: 6, numLayers: 1 };
if (cfg_1.inputSize > 6) cfg_1.numLayers = 3;
const m_1 = new nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(2, 2, 9), torch.zeros(cfg_1.numLayers, 2, 6));
