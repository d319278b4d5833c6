// oracle: seed 212, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 4, got 3
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 4;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 2;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 3));

const cell_1 = new nn.RNNCell(4, 2);
const xs_1 = torch.randn(1, 2, 4);
let h_1 = torch.zeros(2, 2);
let t_1 = 0;
while (t_1 < 0) {
  h_1 = cell_1.forward(xs_1.select(0, t_1), h_1);
  t_1 += 1;
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
const model_2_0 = new Model_2(6, 2, 3);
const logits_2_0 = model_2_0.forward(torch.randn(1, 3, 6));
const model_2_1 = new Model_2(8, 2, 2);
const logits_2_1 = model_2_1.forward(torch.randn(2, 4, 8));
