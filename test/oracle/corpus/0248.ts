// oracle: seed 248, closed, runs cleanly
import rl from "rnnlens";

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new rl.nn.GRU(8, 2));
const y_0 = step_0(rl.torch.randn(2, 2, 8));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const rnn_1 = new rl.nn.GRU(4, 3);
const cell_1 = new rl.nn.GRUCell(4, 3);
const x_1 = rl.torch.randn(4, 3, 4);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);

const makeStep_2 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_2 = makeStep_2(new rl.nn.GRU(7, 3));
const y_2 = step_2(rl.torch.randn(2, 2, 7));
function counter_2() {
  let calls = 0;
  return () => (calls += 1);
}
const next_2 = counter_2();
next_2();
