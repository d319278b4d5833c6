// oracle: seed 57, closed, runs cleanly
import rnnlens = require("rnnlens");

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new rnnlens.nn.GRU(6, 4));
const y_0 = step_0(rnnlens.torch.randn(2, 2, 6));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();
