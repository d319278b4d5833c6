// oracle: seed 247, closed, raises at 13: input.size(-1) must be equal to input_size. Expected 3, got 8
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
const model_0_0 = new Model_0(8, 7, 2);
const logits_0_0 = model_0_0.forward(torch.randn(1, 2, 8));
const model_0_1 = new Model_0(5, 2, 3);
const logits_0_1 = model_0_1.forward(torch.randn(2, 2, 5));
model_0_0.rnn = new nn.GRU(3, 8, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 8));

const m_1 = new nn.GRU(3, 3);
const [o_1] = m_1.forward(torch.randn(4, 2, 3));
const v_1 = o_1.transpose(0, 1).view(2, -1);
const s_1 = torch.zeros(...v_1.shape);
