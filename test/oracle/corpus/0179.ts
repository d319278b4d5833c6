// oracle: seed 179, closed, raises at 23: input.size(-1) must be equal to input_size. Expected 5, got 6
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(6, 4);
const cell_0 = new nn.GRUCell(6, 4);
const x_0 = torch.randn(3, 6);
let r_0;
if (x_0.dim() === 3) {
  [r_0] = rnn_0.forward(x_0);
} else {
  r_0 = cell_0.forward(x_0);
}

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
const model_1_0 = new Model_1(5, 3, 2);
const logits_1_0 = model_1_0.forward(torch.randn(1, 1, 5));
const model_1_1 = new Model_1(5, 5, 4);
const logits_1_1 = model_1_1.forward(torch.randn(2, 4, 6));

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
const model_2_0 = new Model_2(8, 3, 3);
const logits_2_0 = model_2_0.forward(torch.randn(2, 3, 8));
const model_2_1 = new Model_2(8, 7, 3);
const logits_2_1 = model_2_1.forward(torch.randn(1, 3, 8));
model_2_0.rnn = new nn.GRU(4, 7, { batchFirst: true });
model_2_0.forward(torch.randn(2, 2, 8));
