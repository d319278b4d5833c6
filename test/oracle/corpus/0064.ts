// oracle: seed 64, open, raises at 13: input.size(-1) must be equal to input_size. Expected 6, got 8
import rnnlens = require("rnnlens");

class Model_0 extends rnnlens.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rnnlens.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rnnlens.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(8, 7, 3);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(3, 3, 8));
const model_0_1 = new Model_0(8, 8, 2);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(2, 1, 8));
model_0_0.rnn = new rnnlens.nn.GRU(6, 7, { batchFirst: true });
model_0_0.forward(rnnlens.torch.randn(2, 2, 8));

const rnn_1 = new rnnlens.nn.GRU(8, 7);
const cell_1 = new rnnlens.nn.GRUCell(8, 7);
const x_1 = rnnlens.torch.randn(4, 3, 8);
if (Date.now() < 0) {
  rnn_1.forward(rnnlens.torch.randn(2, 2, 9));
}
rnn_1.forward(x_1);
