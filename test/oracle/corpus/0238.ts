// oracle: seed 238, closed, runs cleanly
import rl from "rnnlens";

const layers_0 = [new rl.nn.RNN(6, 6), new rl.nn.RNN(6, 4)];
let y_0 = rl.torch.randn(5, 3, 6);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
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

const m_2 = new rl.nn.RNN(3, 5, { num_layers: 1, batchFirst: true });
const x_2 = rl.torch.zeros(2, 4, 3);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new rl.nn.Linear(5, 4);
const y_2 = head_2.forward(out_2);
