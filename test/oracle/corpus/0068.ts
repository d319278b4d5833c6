// oracle: seed 68, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new nn.GRU(8, 2));
const y_0 = step_0(torch.randn(2, 2, 8));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();
