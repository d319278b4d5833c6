// oracle: seed 113, closed, runs cleanly
import rnnlens = require("rnnlens");

let feats_0 = 3;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 2;
const m_0 = new rnnlens.nn.GRU(feats_0, 4);
m_0.forward(rnnlens.torch.randn(2, 2, feats_0));

class Model_1 extends rnnlens.nn.Module {
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
const model_1_0 = new Model_1(7, 5, 4);
const logits_1_0 = model_1_0.forward(rnnlens.torch.randn(1, 3, 7));
const model_1_1 = new Model_1(7, 4, 4);
const logits_1_1 = model_1_1.forward(rnnlens.torch.randn(1, 2, 7));

const m_2 = new rnnlens.nn.GRU(7, 6);
it("runs the layer", () => {
  m_2.forward(rnnlens.torch.randn(2, 3, 7));
});
