// oracle: seed 253, closed, runs cleanly
import * as rl from "rnnlens";

const rnn_0 = new rl.nn.GRU(5, 5);
const cell_0 = new rl.nn.GRUCell(5, 5);
const x_0 = rl.torch.randn(3, 5);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

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
const model_1_0 = new Model_1(6, 4, 3);
const logits_1_0 = model_1_0.forward(rl.torch.randn(2, 2, 6));
const model_1_1 = new Model_1(3, 8, 3);
const logits_1_1 = model_1_1.forward(rl.torch.randn(3, 1, 3));
