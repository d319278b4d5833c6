// oracle: seed 332, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 5, hiddenSize: 4, numLayers: 1 };
const alias_0 = cfg_0;
alias_0.numLayers = 3;
const m_0 = new rnnlens.nn.RNN(cfg_0.inputSize, cfg_0.hiddenSize, cfg_0.numLayers);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(3, 4, 5), rnnlens.torch.zeros(cfg_0.numLayers, 4, 4));

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
const model_1_0 = new Model_1(7, 7, 4);
const logits_1_0 = model_1_0.forward(rnnlens.torch.randn(3, 3, 7));
const model_1_1 = new Model_1(3, 3, 2);
const logits_1_1 = model_1_1.forward(rnnlens.torch.randn(2, 3, 3));
