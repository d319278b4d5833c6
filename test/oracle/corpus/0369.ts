// oracle: seed 369, closed, runs cleanly
import rnnlens = require("rnnlens");

const cfg_0 = { inputSize: 9, hiddenSize: 7, numLayers: 2 };
Object.assign(cfg_0, { numLayers: 3 });
const m_0 = new rnnlens.nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(rnnlens.torch.randn(3, 3, 9), rnnlens.torch.zeros(cfg_0.numLayers, 3, 7));

const cell_1 = new rnnlens.nn.GRUCell(5, 5);
for (let e = 0; e < 0; e++) {
  let h = rnnlens.torch.zeros(2, 5);
  for (let t = 0; t < 3; t++) {
    h = cell_1.forward(rnnlens.torch.randn(2, 5), h);
  }
}

class Model_2 extends rnnlens.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rnnlens.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rnnlens.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_2_0 = new Model_2(4, 3, 2);
const logits_2_0 = model_2_0.forward(rnnlens.torch.randn(1, 2, 4));
const model_2_1 = new Model_2(7, 8, 3);
const logits_2_1 = model_2_1.forward(rnnlens.torch.randn(3, 3, 7));
