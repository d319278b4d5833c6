// oracle: seed 88, closed, runs cleanly
import rnnlens = require("rnnlens");

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 2;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, feats_0));

const layers_1 = [new rnnlens.nn.RNN(3, 3), new rnnlens.nn.RNN(3, 2)];
let y_1 = rnnlens.torch.randn(4, 2, 3);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
const z_1 = new rnnlens.nn.Linear(2, 3).forward(y_1);

const cfg_2 = { inputSize: 9, hiddenSize: 2, numLayers: 1 };
cfg_2.numLayers = 3;
const m_2 = new rnnlens.nn.GRU(cfg_2);
const [o_2, h_2] = m_2.forward(rnnlens.torch.randn(3, 3, 9), rnnlens.torch.zeros(3, 3, 2));
