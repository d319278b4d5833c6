// oracle: seed 125, closed, raises at 41: input.size(-1) must be equal to input_size. Expected 2, got 1
import rnnlens = require("rnnlens");

const rnn_0 = new rnnlens.nn.GRU(3, 7);
const cell_0 = new rnnlens.nn.GRUCell(3, 7);
const x_0 = rnnlens.torch.randn(3, 3);
const deep_0 = new rnnlens.nn.GRU(3, 7, 2);
if (2 > 1) {
  deep_0.forward(rnnlens.torch.randn(2, 3, 3), rnnlens.torch.zeros(2, 3, 7));
} else {
  deep_0.forward(rnnlens.torch.randn(2, 3, 3), rnnlens.torch.zeros(1, 3, 7));
}

class Model_1 extends rnnlens.nn.Module {
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
const model_1_0 = new Model_1(5, 6, 4);
const logits_1_0 = model_1_0.forward(rnnlens.torch.randn(2, 4, 5));
const model_1_1 = new Model_1(5, 8, 3);
const logits_1_1 = model_1_1.forward(rnnlens.torch.randn(1, 4, 5));

class Model_2 extends rnnlens.nn.Module {
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
const model_2_0 = new Model_2(2, 5, 4);
const logits_2_0 = model_2_0.forward(rnnlens.torch.randn(3, 1, 1));
const model_2_1 = new Model_2(5, 5, 3);
const logits_2_1 = model_2_1.forward(rnnlens.torch.randn(2, 3, 5));
model_2_0.rnn = new rnnlens.nn.LSTM(3, 8, { batchFirst: true });
model_2_0.forward(rnnlens.torch.randn(2, 2, 2));
