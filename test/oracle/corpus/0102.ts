// oracle: seed 102, closed, raises at 25: input.size(-1) must be equal to input_size. Expected 8, got 9
import rnnlens = require("rnnlens");

class Model_0 extends rnnlens.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rnnlens.nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new rnnlens.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(8, 6, 4);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(2, 1, 8));
const model_0_1 = new Model_0(6, 8, 4);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(3, 3, 6));

let feats_1 = 2;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 2;
const m_1 = new rnnlens.nn.GRU(feats_1, 4);
m_1.forward(rnnlens.torch.randn(2, 2, 9));
