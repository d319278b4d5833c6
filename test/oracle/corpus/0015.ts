// oracle: seed 15, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(5, 3)];
let y_0 = rl.torch.randn(2, 2, 5);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}
const z_0 = new rl.nn.Linear(3, 3).forward(y_0);

const cfg_1 = { inputSize: 4, hiddenSize: 2, numLayers: 2 };
cfg_1["numLayers"] = 3;
const m_1 = new rl.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rl.torch.randn(3, 1, 4), rl.torch.zeros(cfg_1.numLayers, 1, 2));
