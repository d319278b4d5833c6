// oracle: seed 142, closed, raises at 18: input.size(-1) must be equal to input_size. Expected 8, got 7
const { torch, nn } = require("rnnlens");

let feats_0 = 5;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 5));

class Model_1 extends nn.Module {
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
const model_1_0 = new Model_1(8, 2, 4);
const logits_1_0 = model_1_0.forward(torch.randn(3, 1, 8));
const model_1_1 = new Model_1(8, 4, 4);
const logits_1_1 = model_1_1.forward(torch.randn(3, 3, 7));
