// oracle: seed 9, closed, raises at 18: select(): index 1 out of range for tensor of size [1, 1, 4] at dimension 0
import * as rl from "rnnlens";

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new rl.nn.GRU(7, 5));
const y_0 = step_0(rl.torch.randn(2, 2, 7));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const m_1 = new rl.nn.LSTM(4, 4);
const [o_1, [h_1, c_1]] = m_1.forward(rl.torch.randn(4, 1, 4));
const r_1_0 = h_1.squeeze();
const r_1_1 = o_1.flatten(1, 1);
const r_1_2 = c_1.select(0, 1);
const n_1 = o_1.numel() + o_1.dim() + o_1.size(-1);
m_1.eval();
m_1.train();

const layers_2 = [new rl.nn.RNN(5, 2)];
let y_2 = rl.torch.randn(3, 1, 5);
for (let i = 0; i < layers_2.length; i++) {
  const [next] = layers_2[i].forward(y_2);
  y_2 = next;
}
const z_2 = new rl.nn.Linear(2, 3).forward(y_2);
