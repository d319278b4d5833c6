// oracle: seed 112, open, runs cleanly
const { torch, nn } = require("rnnlens");

const rnn_0 = new nn.GRU(4, 3);
const cell_0 = new nn.GRUCell(4, 3);
const x_0 = torch.randn(4, 3, 4);
if (Date.now() < 0) {
  rnn_0.forward(torch.randn(2, 2, 5));
}
rnn_0.forward(x_0);

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
const model_1_0 = new Model_1(2, 5, 2);
const logits_1_0 = model_1_0.forward(torch.randn(1, 2, 2));
const model_1_1 = new Model_1(4, 8, 2);
const logits_1_1 = model_1_1.forward(torch.randn(2, 1, 4));

const cell_2 = new nn.LSTMCell(2, 3);
const xs_2 = torch.randn(4, 4, 2);
let h_2 = torch.zeros(4, 3);
let c_2 = torch.zeros(4, 3);
let t_2 = 0;
while (t_2 < 4) {
  [h_2, c_2] = cell_2.forward(xs_2.select(0, t_2), [h_2, c_2]);
  t_2 += 1;
}
