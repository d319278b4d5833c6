// oracle: seed 305, closed, raises at 9: input has inconsistent input_size: got 6 expected 4
const { torch, nn } = require("rnnlens");

const cell_0 = new nn.GRUCell(4, 3);
const xs_0 = torch.randn(1, 1, 6);
let h_0 = torch.zeros(1, 3);
for (let t_0 = 0; t_0 < 3; t_0++) {
  if (t_0 >= 1) break;
  h_0 = cell_0.forward(xs_0.select(0, t_0), h_0);
  if (t_0 === 2) h_0 = torch.zeros(1, 4);
}
const out_0 = new nn.Linear(3, 2).forward(h_0);

class Model_1 extends nn.Module {
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
const model_1_0 = new Model_1(3, 4, 2);
const logits_1_0 = model_1_0.forward(torch.randn(1, 3, 5));
const model_1_1 = new Model_1(6, 2, 2);
const logits_1_1 = model_1_1.forward(torch.randn(3, 4, 8));
model_1_0.rnn = new nn.LSTM(8, 5, { batchFirst: true });
model_1_0.forward(torch.randn(2, 2, 3));
