// oracle: seed 396, closed, runs cleanly
import * as rl from "rnnlens";

const cfg_0 = { inputSize: 3, hiddenSize: 8, numLayers: 1 };
cfg_0.numLayers = 2;
const m_0 = new rl.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rl.torch.randn(5, 1, 3), rl.torch.zeros(cfg_0.numLayers, 1, 8));

const layers_1 = [new rl.nn.RNN(2, 6), new rl.nn.RNN(6, 5), new rl.nn.RNN(5, 3)];
let y_1 = rl.torch.randn(2, 2, 2);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
const z_1 = new rl.nn.Linear(3, 3).forward(y_1);

const m_2 = new rl.nn.GRU(3, 6);
const [o_2] = m_2.forward(rl.torch.randn(3, 4, 3));
const v_2 = o_2.transpose(1, 2).view(3, 6, -1);
