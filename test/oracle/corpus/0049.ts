// oracle: seed 49, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

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
const model_0_0 = new Model_0(5, 5, 4);
const logits_0_0 = model_0_0.forward(torch.randn(1, 1, 5));
const model_0_1 = new Model_0(3, 6, 3);
const logits_0_1 = model_0_1.forward(torch.randn(1, 2, 3));

const cell_1 = new nn.RNNCell(7, 6);
const xs_1 = torch.randn(1, 4, 7);
let h_1 = torch.zeros(4, 6);
for (let t_1 = 0; t_1 < 1; t_1++) {
  if (t_1 % 2 === 1) continue;
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}
