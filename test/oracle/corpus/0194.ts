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

const layers_1 = [new rnnlens.nn.GRU(6, 6)];
let y_1 = rnnlens.torch.randn(2, 3, 6);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
