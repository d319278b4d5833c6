// oracle: seed 307, closed, runs cleanly
import { torch, nn } from "rnnlens";

let feats_0 = 4;
for (let i = 0; i < 3; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 13));

const cell_1 = new nn.RNNCell(7, 3);
const xs_1 = torch.randn(1, 1, 7);
let h_1 = torch.zeros(1, 3);
for (let t_1 = 0; t_1 < 1; t_1++) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
}

class Model_2 extends nn.Module {
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
const model_2_0 = new Model_2(7, 7, 4);
const logits_2_0 = model_2_0.forward(torch.randn(1, 3, 7));
const model_2_1 = new Model_2(7, 6, 2);
const logits_2_1 = model_2_1.forward(torch.randn(1, 3, 7));
