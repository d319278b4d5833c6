// oracle: seed 213, closed, runs cleanly
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(2, 4);
const xs_0 = rl.torch.randn(4, 1, 2);
let h_0 = rl.torch.zeros(1, 4);
for (let t_0 = 0; t_0 < 4; t_0++) {
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new rl.nn.GRU(7, 3));
const y_1 = step_1(rl.torch.randn(2, 2, 7));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

const layers_2 = [new rl.nn.GRU(3, 5), new rl.nn.GRU(5, 2)];
let y_2 = rl.torch.randn(3, 2, 3);
for (let i = 0; i < layers_2.length; i++) {
  const [next] = layers_2[i].forward(y_2);
  y_2 = next;
}
const z_2 = new rl.nn.Linear(2, 3).forward(y_2);
