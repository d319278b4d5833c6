// oracle: seed 196, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 4, got 8
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
const model_0_0 = new Model_0(4, 2, 4);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(3, 3, 8));
const model_0_1 = new Model_0(2, 3, 3);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(2, 1, 2));

const layers_1 = [new rnnlens.nn.GRU(6, 6), new rnnlens.nn.GRU(6, 2), new rnnlens.nn.GRU(2, 8)];
let y_1 = rnnlens.torch.randn(1, 1, 6);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
