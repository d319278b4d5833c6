// oracle: seed 381, closed, runs cleanly
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
const model_0_0 = new Model_0(8, 2, 2);
const logits_0_0 = model_0_0.forward(torch.randn(3, 1, 8));
const model_0_1 = new Model_0(4, 7, 2);
const logits_0_1 = model_0_1.forward(torch.randn(1, 4, 4));

const cell_1 = new nn.GRUCell(2, 2);
for (let e = 0; e < 1; e++) {
  let h = torch.zeros(2, 2);
  for (let t = 0; t < 1; t++) {
    h = cell_1.forward(torch.randn(2, 2), h);
  }
}
