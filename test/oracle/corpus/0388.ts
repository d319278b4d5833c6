// oracle: seed 388, closed, raises at 18: input.size(-1) must be equal to input_size. Expected 5, got 7
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 3);
const [o_0] = m_0.forward(rl.torch.randn(3, 3, 3));
const v_0 = o_0.view(9, 3);
const s_0 = rl.torch.zeros(...v_0.shape);

class Model_1 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(7, 3, 4);
const logits_1_0 = model_1_0.forward(rl.torch.randn(1, 4, 7));
const model_1_1 = new Model_1(5, 4, 4);
const logits_1_1 = model_1_1.forward(rl.torch.randn(2, 1, 7));

let feats_2 = 4;
for (let i = 0; i < 3; i++) feats_2 = feats_2 + 2;
const m_2 = new rl.nn.GRU(feats_2, 4);
m_2.forward(rl.torch.randn(2, 2, 10));
