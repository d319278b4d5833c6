// oracle: seed 276, open, runs cleanly
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
const model_0_0 = new Model_0(7, 3, 3);
const logits_0_0 = model_0_0.forward(torch.randn(3, 3, 7));
const model_0_1 = new Model_0(5, 3, 3);
const logits_0_1 = model_0_1.forward(torch.randn(1, 2, 5));

const cell_1 = new nn.GRUCell(6, 8);
const xs_1 = torch.randn(1, 1, 6);
let h_1 = torch.zeros(1, 8);
let t_1 = 0;
while (t_1 < 0) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
}
const out_1 = new nn.Linear(8, 2).forward(h_1);

const rnn_2 = new nn.GRU(4, 5);
const cell_2 = new nn.GRUCell(4, 5);
const x_2 = torch.randn(3, 4);
if (Date.now() < 0) {
  rnn_2.forward(torch.randn(2, 2, 5));
}
cell_2.forward(x_2);
