// oracle: seed 258, closed, runs cleanly
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
const model_0_0 = new Model_0(7, 7, 3);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(1, 4, 7));
const model_0_1 = new Model_0(4, 3, 2);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(1, 2, 4));

const cfg_1 = { inputSize: 8, hiddenSize: 8, numLayers: 1 };
cfg_1["numLayers"] = 3;
const m_1 = new rnnlens.nn.RNN(cfg_1);
const [o_1, h_1] = m_1.forward(rnnlens.torch.randn(2, 4, 8), rnnlens.torch.zeros(cfg_1.numLayers, 4, 8));
