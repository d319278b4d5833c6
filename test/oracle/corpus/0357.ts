// oracle: seed 357, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const cfg_0 = { inputSize: 3, hiddenSize: 2, numLayers: 1 };
Object.assign(cfg_0, { numLayers: 2 });
const m_0 = new nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(torch.randn(1, 2, 3), torch.zeros(2, 2, 2));

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
const model_1_0 = new Model_1(8, 3, 4);
const logits_1_0 = model_1_0.forward(torch.randn(1, 2, 8));
const model_1_1 = new Model_1(2, 7, 3);
const logits_1_1 = model_1_1.forward(torch.randn(3, 1, 2));
