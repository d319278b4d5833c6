// oracle: seed 280, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

class Model_0 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(3, 3, 4);
const logits_0_0 = model_0_0.forward(torch.randn(2, 2, 3));
const model_0_1 = new Model_0(8, 5, 4);
const logits_0_1 = model_0_1.forward(torch.randn(3, 3, 8));
