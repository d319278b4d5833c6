// oracle: seed 144, closed, raises at 15: Expected hidden size (1, 3, 5), got [2, 3, 5]
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.GRU(3, 8)];
let y_0 = torch.randn(1, 3, 3);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(8, 3).forward(y_0);

const cfg_1 = { inputSize: 2, hiddenSize: 5, numLayers: 2 };
Object.assign(cfg_1, { numLayers: 1 });
const m_1 = new nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(1, 3, 2), torch.zeros(2, 3, 5));
