// oracle: seed 79, closed, raises at 25: input.size(-1) must be equal to input_size. Expected 5, got 10
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

let feats_1 = 5;
for (let i = 0; i < 0; i++) feats_1 = feats_1 + 1;
const m_1 = new nn.GRU(feats_1, 4);
m_1.forward(torch.randn(2, 2, 10));

const m_2 = new nn.GRU(3, 6);
const [o_2] = m_2.forward(torch.randn(3, 2, 3));
const v_2 = o_2.transpose(0, 1).view(2, -1);
const s_2 = torch.zeros(...v_2.shape);
