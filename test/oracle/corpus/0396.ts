// oracle: seed 396, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(2, 6);
for (let e = 0; e < 1; e++) {
  let h = rl.torch.zeros(2, 6);
  for (let t = 0; t < 3; t++) {
    h = cell_0.forward(rl.torch.randn(2, 2), h);
  }
}

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rl.nn.GRU(7, 2));
const y_1 = step_1(rl.torch.randn(2, 2, 7));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

const cfg_2 = { inputSize: 2, hiddenSize: 7, numLayers: 2 };
cfg_2["numLayers"] = 1;
const m_2 = new rl.nn.RNN(cfg_2.inputSize, cfg_2.hiddenSize, cfg_2.numLayers);
const [o_2, h_2] = m_2.forward(rl.torch.randn(4, 4, 2), rl.torch.zeros(cfg_2.numLayers, 4, 7));
