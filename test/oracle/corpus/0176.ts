// oracle: seed 176, closed, raises at 20: input.size(-1) must be equal to input_size. Expected 6, got 7
import { torch, nn } from "rnnlens";

const cfg_0 = { inputSize: 2, hiddenSize: 7, numLayers: 2 };
function setLayers_0(c: { numLayers: number }, n: number): void {
  c.numLayers = n;
}
setLayers_0(cfg_0, 2);
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(2, 4, 2), torch.zeros(2, 4, 7));

const layers_1 = [new nn.GRU(4, 4), new nn.GRU(4, 5)];
let y_1 = torch.randn(1, 2, 4);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}
const z_1 = new nn.Linear(5, 3).forward(y_1);

const pair_2 = [new nn.GRU(6, 7), new nn.GRU(7, 7)];
pair_2[0].forward(torch.randn(2, 2, 7));
