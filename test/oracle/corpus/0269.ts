// oracle: seed 269, closed, runs cleanly
import * as rl from "rnnlens";

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new rl.nn.GRU(7, 5));
const y_0 = step_0(rl.torch.randn(2, 2, 7));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();
