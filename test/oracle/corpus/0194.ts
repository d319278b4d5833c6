// oracle: seed 194, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 6, got 5
import rnnlens = require("rnnlens");

class Model_0 extends rnnlens.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rnnlens.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rnnlens.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(2, 3, 2);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(3, 3, 2));
const model_0_1 = new Model_0(6, 8, 2);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(2, 2, 5));

const cell_1 = new rnnlens.nn.GRUCell(6, 7);
const xs_1 = rnnlens.torch.randn(1, 3, 6);
let h_1 = rnnlens.torch.zeros(3, 7);
for (let t_1 = 0; t_1 < 1; t_1++) {
  if (t_1 % 2 === 1) continue;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
