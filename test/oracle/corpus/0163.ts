// oracle: seed 163, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(6, 3)];
let y_0 = torch.randn(2, 3, 6);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

const cfg_1 = { inputSize: 3, hiddenSize: 9, numLayers: 1 };
cfg_1.numLayers = 3;
const m_1 = new nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(torch.randn(4, 4, 3), torch.zeros(3, 4, 9));

const cfg_2 = { inputSize: 2, hiddenSize: 3, numLayers: 2 };
Object.assign(cfg_2, { numLayers: 1 });
const m_2 = new nn.RNN(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(torch.randn(2, 4, 2), torch.zeros(cfg_2.numLayers, 4, 3));
