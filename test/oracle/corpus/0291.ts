// oracle: seed 291, closed, raises at 21: input.size(-1) must be equal to input_size. Expected 8, got 10
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.GRUCell(5, 5);
const xs_0 = torch.randn(1, 1, 5);
let h_0 = torch.zeros(1, 5);
for (let t_0 = 0; t_0 < 2; t_0++) {
  if (t_0 >= 0) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
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
const model_1_0 = new Model_1(8, 7, 2);
const logits_1_0 = model_1_0.forward(torch.randn(2, 2, 10));
const model_1_1 = new Model_1(6, 8, 3);
const logits_1_1 = model_1_1.forward(torch.randn(2, 2, 6));
model_1_0.rnn = new nn.GRU(3, 7, { batchFirst: true });
model_1_0.forward(torch.randn(2, 2, 8));
