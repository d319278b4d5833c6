// oracle: seed 86, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 5, got 4
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
const model_0_0 = new Model_0(5, 4, 4);
const logits_0_0 = model_0_0.forward(torch.randn(3, 3, 4));
const model_0_1 = new Model_0(2, 5, 2);
const logits_0_1 = model_0_1.forward(torch.randn(2, 1, 2));

const cell_1 = new nn.GRUCell(6, 2);
for (let e = 0; e < 2; e++) {
  let h = torch.zeros(2, 2);
  for (let t = 0; t < 3; t++) {
    h = cell_1.forward(torch.randn(2, 6), h);
  }
}

let feats_2 = 2;
for (let i = 0; i < 0; i++) feats_2 = feats_2 + 3;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
