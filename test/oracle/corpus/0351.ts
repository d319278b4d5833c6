// oracle: seed 351, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 2, got 6
const { torch, nn } = require("rnnlens");

class Model_0 extends nn.Module {
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
const model_0_0 = new Model_0(6, 3, 2);
const logits_0_0 = model_0_0.forward(torch.randn(3, 3, 6));
const model_0_1 = new Model_0(2, 8, 4);
const logits_0_1 = model_0_1.forward(torch.randn(2, 1, 2));
model_0_0.rnn = new nn.GRU(2, 4, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 6));

const cell_1 = new nn.LSTMCell(5, 8);
const xs_1 = torch.randn(1, 3, 5);
let h_1 = torch.zeros(3, 8);
let c_1 = torch.zeros(3, 8);
for (let t_1 = 0; t_1 < 0; t_1++) {
  if (t_1 % 2 === 1) continue;
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
