// oracle: seed 168, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(5, 5);
const cell_0 = new rl.nn.GRUCell(5, 5);
const x_0 = rl.torch.randn(4, 3, 5);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rl.nn.GRU(8, 6));
const y_1 = step_1(rl.torch.randn(2, 2, 8));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();
