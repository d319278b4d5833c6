// oracle: seed 245, closed, runs cleanly
import rl from "rnnlens";

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new rl.nn.GRU(3, 3));
const y_0 = step_0(rl.torch.randn(2, 2, 3));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const rnn_1 = new rl.nn.GRU(8, 2);
const cell_1 = new rl.nn.GRUCell(8, 2);
const x_1 = rl.torch.randn(4, 3, 8);
const r_1 = x_1.dim() === 3 ? rnn_1.forward(x_1)[0] : cell_1.forward(x_1);
