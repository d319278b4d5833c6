// oracle: seed 324, closed, raises at 4: input.size(-1) must be equal to input_size. Expected 4, got 5
import * as rl from "rnnlens";

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new rl.nn.GRU(4, 3));
const y_0 = step_0(rl.torch.randn(2, 2, 5));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();
