// oracle: seed 276, open, runs cleanly
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
const model_0_0 = new Model_0(7, 3, 3);
const logits_0_0 = model_0_0.forward(rnnlens.torch.randn(3, 3, 7));
const model_0_1 = new Model_0(5, 3, 3);
const logits_0_1 = model_0_1.forward(rnnlens.torch.randn(1, 2, 5));

const cfg_1 = { inputSize: 5, hiddenSize: 7, numLayers: 2 };
Object.assign(cfg_1, { numLayers: 1 });
const m_1 = new rnnlens.nn.GRU(cfg_1);
const [o_1, h_1] = m_1.forward(rnnlens.torch.randn(1, 3, 5), rnnlens.torch.zeros(cfg_1.numLayers, 3, 7));

const rnn_2 = new rnnlens.nn.GRU(4, 5);
const cell_2 = new rnnlens.nn.GRUCell(4, 5);
const x_2 = rnnlens.torch.randn(3, 4);
if (Date.now() < 0) {
  rnn_2.forward(rnnlens.torch.randn(2, 2, 5));
}
cell_2.forward(x_2);
