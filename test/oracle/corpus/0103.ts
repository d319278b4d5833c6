// oracle: seed 103, closed, runs cleanly
import * as rl from "rnnlens";

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new rl.nn.GRU(8, 3));
const y_0 = step_0(rl.torch.randn(2, 2, 8));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const layers_1 = [new rl.nn.RNN(2, 7)];
let y_1 = rl.torch.randn(3, 2, 2);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}

const rnn_2 = new rl.nn.GRU(7, 6);
const cell_2 = new rl.nn.GRUCell(7, 6);
const x_2 = rl.torch.randn(4, 3, 7);
const deep_2 = new rl.nn.GRU(7, 6, 2);
if (2 > 1) {
  deep_2.forward(rl.torch.randn(2, 3, 7), rl.torch.zeros(2, 3, 6));
} else {
  deep_2.forward(rl.torch.randn(2, 3, 7), rl.torch.zeros(1, 3, 6));
}
