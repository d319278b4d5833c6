// oracle: seed 339, closed, runs cleanly
import * as rl from "rnnlens";

class Model_0 extends rl.nn.Module {
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
const model_0_0 = new Model_0(7, 5, 3);
const logits_0_0 = model_0_0.forward(rl.torch.randn(3, 2, 7));
const model_0_1 = new Model_0(4, 6, 3);
const logits_0_1 = model_0_1.forward(rl.torch.randn(1, 4, 4));
