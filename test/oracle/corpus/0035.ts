// oracle: seed 35, closed, runs cleanly
import { torch, nn } from "rnnlens";

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
const model_0_0 = new Model_0(4, 4, 4);
const logits_0_0 = model_0_0.forward(torch.randn(3, 1, 4));
const model_0_1 = new Model_0(3, 8, 3);
const logits_0_1 = model_0_1.forward(torch.randn(1, 3, 3));

const cell_1 = new nn.LSTMCell(6, 2);
const xs_1 = torch.randn(4, 2, 6);
let h_1 = torch.zeros(2, 2);
let c_1 = torch.zeros(2, 2);
for (let t_1 = 0; t_1 < 4; t_1++) {
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
