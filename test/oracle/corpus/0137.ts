// oracle: seed 137, closed, runs cleanly
import rnnlens = require("rnnlens");

const cell_0 = new rnnlens.nn.GRUCell(2, 4);
for (let e = 0; e < 0; e++) {
  let h = rnnlens.torch.zeros(2, 4);
  for (let t = 0; t < 1; t++) {
    h = cell_0.forward(rnnlens.torch.randn(2, 2), h);
  }
}

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rnnlens.nn.GRU(8, 4));
const y_1 = step_1(rnnlens.torch.randn(2, 2, 8));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();
