// oracle: seed 325, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.GRU(4, 5), new rl.nn.GRU(5, 5)];
let y_0 = rl.torch.randn(5, 1, 4);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const m_1 = new rl.nn.GRU(6, 5);
let late_1 = rl.torch.randn(2, 3, 7);
setTimeout(() => m_1.forward(late_1), 0);
late_1 = rl.torch.randn(2, 3, 6);

const { RNN: RNN_2 } = rl.nn;
const m_2 = new RNN_2(2, 9);
const shape_2_5383 = [2, 1, 2];
const x_2 = rl.torch.ones(...shape_2_5383);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new rl.nn.Linear(9, 3);
const y_2 = head_2.forward(out_2);
