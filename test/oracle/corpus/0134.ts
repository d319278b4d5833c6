// oracle: seed 134, closed, raises at 32: mat1 and mat2 shapes cannot be multiplied (2x6 and 8x4)
const { torch, nn } = require("rnnlens");

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
const model_0_0 = new Model_0(2, 2, 2);
const logits_0_0 = model_0_0.forward(torch.randn(3, 2, 2));
const model_0_1 = new Model_0(7, 7, 3);
const logits_0_1 = model_0_1.forward(torch.randn(2, 1, 7));

class Model_1 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(4, 8, 4);
const logits_1_0 = model_1_0.forward(torch.randn(2, 4, 4));
const model_1_1 = new Model_1(2, 8, 3);
const logits_1_1 = model_1_1.forward(torch.randn(3, 4, 2));
model_1_0.rnn = new nn.GRU(4, 6, { batchFirst: true });
model_1_0.forward(torch.randn(2, 2, 4));

class Model_2 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_2_0 = new Model_2(4, 6, 4);
const logits_2_0 = model_2_0.forward(torch.randn(3, 4, 4));
const model_2_1 = new Model_2(3, 6, 2);
const logits_2_1 = model_2_1.forward(torch.randn(2, 3, 3));
model_2_0.rnn = new nn.GRU(6, 4, { batchFirst: true });
model_2_0.forward(torch.randn(2, 2, 4));
