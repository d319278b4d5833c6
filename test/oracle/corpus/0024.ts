// oracle: seed 24, closed, raises at 11: mat1 and mat2 shapes cannot be multiplied (2x2 and 3x2)
import * as rl from "rnnlens";

const cell_0 = new rl.nn.RNNCell(5, 2);
const xs_0 = rl.torch.randn(1, 2, 5);
let h_0 = rl.torch.zeros(2, 2);
for (let t_0 = 0; t_0 < 3; t_0++) {
  if (t_0 >= 1) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
}
const out_0 = new rl.nn.Linear(3, 2).forward(h_0);

class Model_1 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(8, 5, 2);
const logits_1_0 = model_1_0.forward(rl.torch.randn(3, 2, 8));
const model_1_1 = new Model_1(8, 6, 3);
const logits_1_1 = model_1_1.forward(rl.torch.randn(1, 1, 8));

const m_2 = new rl.nn.GRU(3, 3);
let late_2 = rl.torch.randn(2, 3, 3);
setTimeout(() => m_2.forward(late_2), 0);
late_2 = rl.torch.randn(2, 3, 3);
