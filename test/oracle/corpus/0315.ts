// oracle: seed 315, closed, raises at 21: Expected hidden size (3, 1, 8), got [2, 1, 8]
import rnnlens = require("rnnlens");

const layers_0 = [new rnnlens.nn.RNN(3, 7), new rnnlens.nn.RNN(7, 8)];
let y_0 = rnnlens.torch.randn(3, 3, 3);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const m_1 = new rnnlens.nn.RNN(2, 9, { numLayers: 1, batchFirst: true });
const x_1 = rnnlens.torch.randn(3, 1, 2);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rnnlens.nn.Linear(9, 3);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(1, 0);

const cfg_2 = { inputSize: 8, hiddenSize: 8, numLayers: 2 };
if (cfg_2.inputSize > 3) cfg_2.numLayers = 3;
const m_2 = new rnnlens.nn.GRU(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(rnnlens.torch.randn(4, 1, 8), rnnlens.torch.zeros(2, 1, 8));
