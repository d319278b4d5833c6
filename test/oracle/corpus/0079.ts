// oracle: seed 79, closed, runs cleanly
import { torch, nn } from "rnnlens";

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
const model_0_0 = new Model_0(8, 2, 2);
const logits_0_0 = model_0_0.forward(torch.randn(1, 2, 8));
const model_0_1 = new Model_0(3, 3, 3);
const logits_0_1 = model_0_1.forward(torch.randn(1, 4, 3));

const cell_1 = new nn.LSTMCell(3, 3);
const xs_1 = torch.randn(1, 4, 3);
let h_1 = torch.zeros(4, 3);
let c_1 = torch.zeros(4, 3);
for (let t_1 = 0; t_1 < 3; t_1++) {
  if (t_1 >= 1) break;
  [h_1, c_1] = cell_1.forward(xs_1.select(0, t_1), [h_1, c_1]);
}
const out_1 = new nn.Linear(3, 2).forward(h_1);

const cell_2 = new nn.GRUCell(2, 5);
for (let e = 0; e < 2; e++) {
  let h = torch.zeros(2, 5);
  for (let t = 0; t < 1; t++) {
    h = cell_2.forward(torch.randn(2, 2), h);
  }
}
