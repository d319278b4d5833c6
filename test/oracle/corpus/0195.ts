// oracle: seed 195, closed, runs cleanly
import rl from "rnnlens";

const cell_0 = new rl.nn.LSTMCell(7, 3);
const xs_0 = rl.torch.randn(1, 1, 7);
let h_0 = rl.torch.zeros(1, 3);
let c_0 = rl.torch.zeros(1, 3);
let t_0 = 0;
while (t_0 < 0) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  t_0 += 1;
}

class Model_1 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(2, 3, 4);
const logits_1_0 = model_1_0.forward(rl.torch.randn(3, 3, 2));
const model_1_1 = new Model_1(2, 6, 4);
const logits_1_1 = model_1_1.forward(rl.torch.randn(2, 4, 2));
