// oracle: seed 347, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const cell_0 = new nn.GRUCell(2, 4);
const xs_0 = torch.randn(1, 1, 2);
let h_0 = torch.zeros(1, 4);
for (let t_0 = 0; t_0 < 0; t_0++) {
  if (t_0 % 2 === 1) continue;
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
const model_1_0 = new Model_1(8, 8, 2);
const logits_1_0 = model_1_0.forward(torch.randn(1, 3, 8));
const model_1_1 = new Model_1(8, 2, 2);
const logits_1_1 = model_1_1.forward(torch.randn(1, 1, 8));

const pair_2 = [new nn.GRU(7, 7), new nn.GRU(7, 7)];
pair_2[0].forward(torch.randn(2, 2, 7));
