// oracle: seed 54, closed, runs cleanly
import * as rl from "rnnlens";

const layers_0 = [new rl.nn.GRU(5, 4), new rl.nn.GRU(4, 6), new rl.nn.GRU(6, 5)];
let y_0 = rl.torch.randn(5, 2, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new rl.nn.Linear(5, 3).forward(y_0);

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
const model_1_0 = new Model_1(6, 5, 4);
const logits_1_0 = model_1_0.forward(rl.torch.randn(1, 2, 6));
const model_1_1 = new Model_1(8, 3, 2);
const logits_1_1 = model_1_1.forward(rl.torch.randn(2, 2, 8));
