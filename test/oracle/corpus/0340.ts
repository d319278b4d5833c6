// oracle: seed 340, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new nn.GRU(5, 6));
const y_0 = step_0(torch.randn(2, 2, 5));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();
