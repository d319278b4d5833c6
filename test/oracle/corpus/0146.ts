// oracle: seed 146, closed, runs cleanly
import { torch, nn } from "rnnlens";

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new nn.GRU(8, 6));
const y_0 = step_0(torch.randn(2, 2, 8));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();
