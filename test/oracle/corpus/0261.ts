// oracle: seed 261, closed, raises at 21: input.size(-1) must be equal to input_size. Expected 8, got 7
import * as rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(3, 2);
const xs_0 = rl.torch.randn(1, 4, 4);
let h_0 = rl.torch.zeros(4, 2);
for (let t_0 = 0; t_0 < 0; t_0++) {
  if (t_0 % 2 === 1) continue;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
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
const model_1_0 = new Model_1(4, 8, 3);
const logits_1_0 = model_1_0.forward(rl.torch.randn(2, 2, 4));
const model_1_1 = new Model_1(8, 7, 3);
const logits_1_1 = model_1_1.forward(rl.torch.randn(3, 1, 7));
