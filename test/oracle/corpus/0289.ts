// oracle: seed 289, closed, runs cleanly
import { torch, nn } from "rnnlens";

const layers_0 = [new nn.RNN(3, 5)];
let y_0 = torch.randn(3, 1, 3);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});

const rnn_1 = new nn.GRU(4, 7);
const cell_1 = new nn.GRUCell(4, 7);
const x_1 = torch.randn(4, 3, 4);
const deep_1 = new nn.GRU(4, 7, 1);
if (1 > 1) {
  deep_1.forward(torch.randn(2, 3, 4), torch.zeros(2, 3, 7));
} else {
  deep_1.forward(torch.randn(2, 3, 4), torch.zeros(1, 3, 7));
}

const cfg_2 = { inputSize: 3, hiddenSize: 8, numLayers: 2 };
Object.assign(cfg_2, { numLayers: 2 });
const m_2 = new nn.GRU(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(torch.randn(1, 1, 3), torch.zeros(cfg_2.numLayers, 1, 8));
